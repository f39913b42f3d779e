/** Writes one synthetic article: picks its people and matter, strings templates into paragraphs, adds web furniture, and records what it mentions. */
import type { Cast, Party, Person } from './cast';
import { COUNTIES, DAYS, TOWNS } from './places';
import type { Random } from './prng';
import { Scene, label } from './scene';
import { BACKGROUND, CLOSINGS, COALITION_LINES, INTRODUCTIONS, KINSHIP, LEADS, QUOTE_FORMS, REACTIONS, type Cue, type Template } from './templates';
import { drawHeadline, drawLinkHeadline, drawTopic } from './topics';

/** What an article mentions, for scoring: full names only. */
export interface ArticleTruth {
  people: string[];
  parties: string[];
  /** People named only by title and surname, and how: { "Peter Kiprop Chebet": "Chebet" }. */
  titleOnly: Record<string, string>;
  /** Names in the file that are not in the story: the byline, people in "Also Read" headlines. */
  traps: string[];
}

export interface GeneratedArticle {
  file: string;
  title: string;
  text: string;
  words: number;
  paragraphs: number;
  truth: ArticleTruth;
}

const LIMITS = { minWords: 250, maxWords: 700, minParagraphs: 6, maxParagraphs: 15 };

/** The article numbered `index` (from 0); retries with fresh draws until it fits the length limits. */
export function composeArticle(random: Random, cast: Cast, index: number): GeneratedArticle {
  for (let attempt = 0; attempt < 50; attempt++) {
    const article = draft(random.fork(`attempt ${attempt}`), cast, index);
    if (article) return article;
  }
  throw new Error(`article ${index + 1}: no draft fitted the length limits`);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function draft(random: Random, cast: Cast, index: number): GeneratedArticle | undefined {
  const mainParty = random.weighted(cast.parties.map((party) => [party, party.weight] as const));
  const people = chooseCast(random, cast, mainParty);
  const main = people[0] as Person;
  const titleOnly = random.chance(0.12) ? chooseTitleOnly(random, people) : undefined;
  const county = countyOf(main) ?? random.pick(COUNTIES);
  const scene = new Scene({
    random, people, titleOnly, party: mainParty, county, town: random.pick(TOWNS), curly: random.chance(0.55),
    topic: drawTopic(random, mainParty, mainParty.coalition),
  });

  const targetWords = random.int(280, 640);
  const maxParagraphs = random.int(Math.max(LIMITS.minParagraphs, people.length + 1), LIMITS.maxParagraphs);
  const paragraphs: string[] = [];
  const pending = () => people.filter((person) => !scene.introduced(person)).length;
  const room = () => paragraphs.length + pending() + 1 < maxParagraphs;
  const known = () => people.filter((person) => scene.introduced(person));
  const other = (person: Person) => {
    const others = known().filter((p) => p !== person);
    return others.length > 0 ? random.pick(others) : undefined;
  };

  const second = people[1] as Person;
  paragraphs.push(sentence(scene, LEADS, { p: main, q: random.chance(0.5) ? second : undefined, main }));
  if (room() && random.chance(0.6)) paragraphs.push(sentence(scene, QUOTE_FORMS, { p: main, main }));
  for (const person of people) {
    if (scene.introduced(person)) continue;
    const kin = scene.kinIn(person).find(({ person: relative }) => scene.introduced(relative));
    const next = people.find((p) => p !== person && !scene.introduced(p));
    const lines = [
      kin && random.chance(0.7)
        ? sentence(scene, KINSHIP, { p: person, q: kin.person, main }, INTRODUCTIONS)
        : sentence(scene, INTRODUCTIONS, { p: person, q: next && random.chance(0.3) ? next : undefined, main }),
    ];
    if (random.chance(0.4)) lines.push(sentence(scene, REACTIONS, { p: person, q: other(person), main }));
    paragraphs.push(lines.join(' '));
    if (room() && random.chance(0.4)) paragraphs.push(sentence(scene, QUOTE_FORMS, { p: person, main }));
    if (room() && random.chance(0.2)) paragraphs.push(sentence(scene, BACKGROUND, { p: person, main }));
    if (room() && random.chance(0.12) && mainParty.coalition) paragraphs.push(sentence(scene, COALITION_LINES, { p: person, main }));
  }
  while (wordCount(paragraphs.join(' ')) < targetWords && paragraphs.length + 1 < maxParagraphs) {
    const missing = targetWords - wordCount(paragraphs.join(' '));
    const slots = maxParagraphs - paragraphs.length - 1;
    const sentences = Math.min(3, Math.max(1, Math.round(missing / slots / 24)));
    paragraphs.push(extraParagraph(scene, random, sentences, known(), main));
  }
  paragraphs.push(sentence(scene, CLOSINGS, { p: random.pick(known()), main }));

  const words = wordCount(paragraphs.join(' '));
  if (words < LIMITS.minWords || words > LIMITS.maxWords || paragraphs.length < LIMITS.minParagraphs || paragraphs.length > LIMITS.maxParagraphs) return undefined;

  const title = drawHeadline(random, scene.topic, main, second, scene.town, scene.mentionedParties.has(mainParty) ? (mainParty.acronym ?? undefined) : undefined);
  const furniture = drawFurniture(random, cast, people, main, scene);
  const text = layout(random, title, paragraphs, furniture);
  const truth: ArticleTruth = {
    people: [...scene.mentionedPeople].map((person) => person.name),
    parties: [...scene.mentionedParties].map((party) => party.name),
    titleOnly: titleOnly && scene.mentionedPeople.has(titleOnly) ? { [titleOnly.name]: titleOnly.surname } : {},
    traps: furniture.traps,
  };
  return { file: `${String(index + 1).padStart(5, '0')}-${slug(title)}.txt`, title, text, words, paragraphs: paragraphs.length, truth };
}

/** The first template of `pool` (in random order) that fits the cue; then `fallback`'s. */
function sentence(scene: Scene, pool: readonly Template[], cue: Cue, fallback: readonly Template[] = REACTIONS): string {
  const fresh = (list: readonly Template[]) => scene.random.shuffle(list.filter((template) => !scene.used.has(template)));
  for (const template of [...fresh(pool), ...fresh(fallback), ...scene.random.shuffle(pool), ...scene.random.shuffle(fallback)]) {
    const text = template(scene, cue);
    if (!text) continue;
    scene.used.add(template);
    return text;
  }
  throw new Error('no template fits: the template lists need one that takes any single person');
}

/** A paragraph added for length: more from one person (quotes, reactions), or context. */
function extraParagraph(scene: Scene, random: Random, sentences: number, known: Person[], main: Person): string {
  if (random.chance(0.25)) {
    const count = Math.min(2, sentences);
    return Array.from({ length: count }, () => sentence(scene, random.chance(0.85) ? BACKGROUND : COALITION_LINES, { p: main, main }, BACKGROUND)).join(' ');
  }
  const p = random.pick(known);
  const others = known.filter((person) => person !== p);
  const lines: string[] = [];
  for (let count = 0; count < sentences; count++) {
    const q = others.length > 0 ? random.pick(others) : undefined;
    lines.push(sentence(scene, random.chance(0.55) ? QUOTE_FORMS : REACTIONS, { p, q, main }));
  }
  return lines.join(' ');
}

/** The story's people: the main one first, then allies, rivals and sometimes a relative. */
function chooseCast(random: Random, cast: Cast, party: Party): Person[] {
  const { members, allies } = partyLists(cast, party);
  const chosen: Person[] = [random.pick(members.length > 0 ? members : cast.people)];
  const count = random.int(3, 8);
  while (chosen.length < count) {
    const withKin = chosen.flatMap((person) => person.relatives.map((kin) => kin.person)).filter((p) => !chosen.includes(p));
    const alliesLeft = allies.list.length - chosen.filter((p) => allies.position.has(p)).length;
    const pool = withKin.length > 0 && random.chance(0.5) ? withKin : undefined;
    if (pool) chosen.push(random.pick(pool));
    else if (alliesLeft > 0 && random.chance(0.55)) chosen.push(pickOther(random, allies, chosen));
    else chosen.push(pickOther(random, everyone(cast), chosen));
  }
  return chosen;
}

/** A list and where each of its people stands in it. */
interface Indexed {
  list: readonly Person[];
  position: Map<Person, number>;
}

const indexed = (list: readonly Person[]): Indexed => ({ list, position: new Map(list.map((person, at) => [person, at])) });

/**
 * Per cast, each party's members and allies (its own and its coalition's
 * people) in cast order, and the whole cast: a story of a 10,000-person cast
 * would otherwise filter it whole for every person it picks.
 */
const listsByCast = new WeakMap<Cast, { everyone: Indexed; parties: Map<Party, { members: Person[]; allies: Indexed }> }>();

function listsOf(cast: Cast) {
  let lists = listsByCast.get(cast);
  if (!lists) listsByCast.set(cast, (lists = { everyone: indexed(cast.people), parties: new Map() }));
  return lists;
}

const everyone = (cast: Cast): Indexed => listsOf(cast).everyone;

function partyLists(cast: Cast, party: Party): { members: Person[]; allies: Indexed } {
  const { parties } = listsOf(cast);
  let lists = parties.get(party);
  if (!lists) {
    const members = cast.people.filter((person) => person.party === party);
    const allies = indexed(cast.people.filter((p) => p.party === party || (party.coalition && p.party.coalition === party.coalition)));
    parties.set(party, (lists = { members, allies }));
  }
  return lists;
}

/**
 * `random.pick(from.list.filter((p) => !chosen.includes(p)))` without the
 * filter: the same single draw, mapped past the chosen people's places.
 */
function pickOther(random: Random, from: Indexed, chosen: readonly Person[]): Person {
  const skipped = chosen.map((person) => from.position.get(person)).filter((at): at is number => at !== undefined).sort((a, b) => a - b);
  let at = Math.floor(random.next() * (from.list.length - skipped.length));
  for (const place of skipped) if (place <= at) at++;
  return from.list[at] as Person;
}

/** Someone to name only as "Governor Chebet": a governor, senator or CS with no relative and no namesake in the story. */
function chooseTitleOnly(random: Random, people: Person[]): Person | undefined {
  const fits = people.filter(
    (person) =>
      ['governor', 'senator', 'cs'].includes(person.role.kind) &&
      !person.former &&
      !person.relatives.some((kin) => people.includes(kin.person)) &&
      people.filter((p) => p.surname === person.surname).length === 1,
  );
  return fits.length > 0 ? random.pick(fits) : undefined;
}

function countyOf(person: Person): string | undefined {
  const role = person.role;
  return role.kind === 'mp' || role.kind === 'senator' || role.kind === 'governor' || role.kind === 'womanRep' ? role.county : undefined;
}

interface Furniture {
  byline?: string;
  caption?: string;
  links?: string[];
  traps: string[];
}

/** A byline and photo caption (1 in 10) and an "Also Read" block (1 in 6), naming people outside the story. */
function drawFurniture(random: Random, cast: Cast, people: Person[], main: Person, scene: Scene): Furniture {
  const furniture: Furniture = { traps: [] };
  if (random.chance(0.1)) {
    const journalist = random.pick(cast.journalists);
    furniture.byline = `By ${journalist}`;
    furniture.traps.push(journalist);
    furniture.caption = random.pick([
      `${label(main)} addresses residents at ${scene.venue} ${random.pick(DAYS)}. PHOTO | FILE`,
      `${label(main)} (centre) with supporters in ${scene.town}. PHOTO | FILE`,
      `${label(main)} speaks during a past meeting. PHOTO | FILE`,
    ]);
  }
  if (random.chance(1 / 6)) {
    const others = random.sample(cast.people.filter((person) => !people.includes(person)), random.int(3, 4));
    const heading = random.pick(['ALSO READ', 'Also Read', 'READ ALSO', 'ALSO READ:']);
    furniture.links = [heading, ...others.map((person) => drawLinkHeadline(random, cast, person))];
    furniture.traps.push(...others.map((person) => person.name));
  }
  return furniture;
}

/** The file's text: headline, furniture, and paragraphs separated by blank lines, single newlines, or a mix. */
function layout(random: Random, title: string, paragraphs: string[], furniture: Furniture): string {
  const style = random.weighted([['blank', 55], ['single', 35], ['mixed', 10]] as const);
  const gap = () => (style === 'blank' || (style === 'mixed' && random.chance(0.5)) ? '\n\n' : '\n');
  const blocks: string[] = [...paragraphs];
  if (furniture.links) {
    const inner = style === 'single' ? '\n' : '\n\n';
    blocks.splice(Math.floor(blocks.length / 2), 0, furniture.links.join(inner));
  }
  const head = [title, furniture.byline, furniture.caption].filter((line): line is string => Boolean(line));
  let text = head.join(style === 'single' ? '\n' : '\n\n');
  for (const block of blocks) text += gap() + block;
  return `${text}\n`;
}

/** A file-name slug from a headline: lower case, ASCII letters and digits, hyphens. */
export function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const cut = words.slice(0, 60);
  return cut.length < words.length && cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
