/** `/parties/<slug>/feed.xml`: the RSS feed of the articles that mention one party, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../site/entity-feeds';

export const getStaticPaths = entityFeedPaths('party');
export const GET = entityFeedRoute('party');
