/** `/people/<slug>/feed.xml`: the RSS feed of the articles that mention one person, newest first. */
import { entityFeedPaths, entityFeedRoute } from '../../../site/entity-feeds';
import { inThisPart } from '../../../site/shard';

export const getStaticPaths = inThisPart('people/[slug]/feed.xml', entityFeedPaths('person'));
export const GET = entityFeedRoute('person');
