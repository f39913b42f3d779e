/** `/parties/<slug>/feed.xml`: the RSS feed of the articles that mention one party, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../site/entity-feeds';
import { inThisPart } from '../../../site/shard';

export const getStaticPaths = inThisPart('parties/[slug]/feed.xml', entityFeedPaths('party'));
export const GET = entityFeedRoute('party');
