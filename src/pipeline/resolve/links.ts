/**
 * Which words of each article link to which entity: every surface text an
 * entity's mentions use in that article, unless two entities claim it.
 */
import type { Entity, Mention } from '../types';
import { sameItems } from '../same-items';

/** Per article source: the text of each mention and the id of the entity it names. */
export type Links = Map<string, Map<string, string>>;

/** Each article's claims (ids and their mention lists, in entity order) and the links made of them, from the last resolve in this process. */
let last = new Map<string, { claims: (string | Mention[])[]; links: Map<string, string> }>();

/** Lets go of the links kept for the next resolve. */
export function forgetLinks(): void {
  last = new Map();
}

/**
 * Which surface text links to which entity, per article. A surface two
 * entities claim links to neither. An article whose claims are as last time
 * (the same ids with the same mention lists: resolve keeps the lists of an
 * unchanged person or party) gets the same links, without reading its mentions.
 * The maps handed out are never changed.
 */
export function linksOf(entities: Entity[]): Links {
  const claims = new Map<string, (string | Mention[])[]>();
  for (const entity of entities) {
    for (const [source, mentions] of entity.mentions) {
      const list = claims.get(source);
      if (list) list.push(entity.id, mentions);
      else claims.set(source, [entity.id, mentions]);
    }
  }
  const links: Links = new Map();
  const next = new Map<string, { claims: (string | Mention[])[]; links: Map<string, string> }>();
  for (const [source, list] of claims) {
    const known = last.get(source);
    const article = known && sameItems(known.claims, list) ? known.links : claimed(list);
    links.set(source, article);
    next.set(source, { claims: list, links: article });
  }
  last = next;
  return links;
}

function claimed(list: (string | Mention[])[]): Map<string, string> {
  const article = new Map<string, string>();
  const contested = new Set<string>();
  for (let index = 0; index < list.length; index += 2) {
    const id = list[index] as string;
    for (const mention of list[index + 1] as Mention[]) {
      const owner = article.get(mention.surface);
      if (owner && owner !== id) contested.add(mention.surface);
      else article.set(mention.surface, id);
    }
  }
  for (const surface of contested) article.delete(surface);
  return article;
}

