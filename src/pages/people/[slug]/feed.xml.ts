/** `/people/<slug>/feed.xml`: the RSS feed of the articles that mention one person, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../site/entity-feeds';

export const getStaticPaths = entityFeedPaths('person');
export const GET = entityFeedRoute('person');
