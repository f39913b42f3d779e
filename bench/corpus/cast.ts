/** The invented cast of a synthetic corpus: parties, two coalitions, politicians with fixed roles and parties, and journalists. */
import { extendCommunities } from './invented-names';
import { CHRISTIAN_NAMES, COMMUNITIES, isRealPolitician, type Community } from './names';
import { CONSTITUENCIES, COUNTIES, MINISTRIES, WARDS } from './places';
import type { Random } from './prng';

export interface Party {
  kind: 'party' | 'coalition';
  name: string;
  acronym: string | null;
  /** The short form the press uses once the party is named: "Umoja". */
  short: string;
  /** For a party, its coalition; for a coalition, its members. */
  coalition?: Party;
  members: Party[];
  /** How many of the cast belong to it, relatively. */
  weight: number;
}

export type Role =
  | { kind: 'mp'; constituency: string; county: string }
  | { kind: 'senator' | 'governor' | 'womanRep'; county: string }
  | { kind: 'mca'; ward: string }
  | { kind: 'cs'; ministry: string }
  | { kind: 'leader' | 'secretaryGeneral' | 'chairman'; party: Party };

export type Relation = 'brother' | 'sister' | 'wife' | 'husband' | 'father' | 'son';

export interface Person {
  id: number;
  /** The full name as the ground truth gives it: "Cleophas Wafula Lusweti", "Mutinda Ndambuki Jnr". */
  name: string;
  first: string;
  middle?: string;
  surname: string;
  suffix?: 'Jnr';
  gender: 'm' | 'f';
  honorific?: 'Dr' | 'Prof';
  community: string;
  role: Role;
  /** A seat held before, when every seat of that kind is taken. */
  former: boolean;
  party: Party;
  /** `relation` is what this person is to `person`: "wife" means this is the other's wife. */
  relatives: { person: Person; relation: Relation }[];
}

export interface Cast {
  parties: Party[];
  coalitions: Party[];
  people: Person[];
  journalists: string[];
}

const PARTY_LIST: readonly (readonly [string, string, string, number])[] = [
  ['Umoja Progressive Alliance', 'UPA', 'Umoja', 5],
  ['National Mageuzi Congress', 'NMC', 'Mageuzi', 4],
  ['Jamii Democratic Party', 'JDP', 'Jamii', 3],
  ['Kenya Uzalendo Movement', 'KUM', 'Uzalendo', 5],
  ['Shirikisho Peoples Party', 'SPP', 'Shirikisho', 3],
  ['Tumaini Republican Party', 'TRP', 'Tumaini', 3],
  ['Usawa National Party', 'UNP', 'Usawa', 2],
  ['Mwamko Liberal Democrats', 'MLD', 'Mwamko', 2],
  ['Wakulima Party of Kenya', 'WPK', 'Wakulima', 2],
  ['Sauti ya Mwananchi Party', 'SMP', 'Sauti ya Mwananchi', 2],
  ['Green Renewal Party of Kenya', 'GRP', 'Green Renewal', 1],
  ['Nuru Democratic Alliance', 'NDA', 'Nuru', 2],
];

const COALITION_LIST = [
  { name: 'Nguvu ya Umma Alliance', acronym: null, short: 'Nguvu ya Umma', members: ['UPA', 'NMC', 'JDP', 'UNP', 'SMP'] },
  { name: 'Taifa Mbele Coalition', acronym: 'TMC', short: 'Taifa Mbele', members: ['KUM', 'SPP', 'TRP', 'MLD', 'NDA'] },
] as const;

/** The parties and coalitions: fixed, so that every corpus speaks of the same ones. */
export function buildParties(): { parties: Party[]; coalitions: Party[] } {
  const parties: Party[] = PARTY_LIST.map(([name, acronym, short, weight]) => ({ kind: 'party', name, acronym, short, members: [], weight }));
  const coalitions = COALITION_LIST.map((spec): Party => {
    const members = parties.filter((party) => (spec.members as readonly string[]).includes(party.acronym ?? ''));
    const coalition: Party = { kind: 'coalition', name: spec.name, acronym: spec.acronym, short: spec.short, members, weight: 0 };
    for (const member of members) member.coalition = coalition;
    return coalition;
  });
  return { parties, coalitions };
}

/** How many people a corpus of `articles` articles has. */
export function castSize(articles: number): number {
  return Math.max(60, Math.round(articles / 10 + 50));
}

/** Seats not yet held, by kind; when a kind runs out, people hold it as a former seat. */
class Seats {
  private readonly free: Map<string, string[]>;
  constructor(random: Random) {
    this.free = new Map([
      ['county', random.shuffle(COUNTIES)],
      ['senator', random.shuffle(COUNTIES)],
      ['womanRep', random.shuffle(COUNTIES)],
      ['constituency', random.shuffle(CONSTITUENCIES.map(([name]) => name))],
      ['ward', random.shuffle(WARDS)],
      ['ministry', random.shuffle(MINISTRIES)],
    ]);
  }
  /** A free seat of `kind`, or (marked former) any seat when none is left. */
  take(kind: string, random: Random, all: readonly string[]): { seat: string; former: boolean } {
    const seat = this.free.get(kind)?.pop();
    return seat ? { seat, former: false } : { seat: random.pick(all), former: true };
  }
}

function drawRole(random: Random, seats: Seats): { role: Role; former: boolean } {
  const kind = random.weighted([['mp', 40], ['senator', 11], ['governor', 11], ['womanRep', 10], ['mca', 14], ['cs', 10]] as const);
  if (kind === 'mp') {
    const { seat, former } = seats.take('constituency', random, CONSTITUENCIES.map(([name]) => name));
    const county = CONSTITUENCIES.find(([name]) => name === seat)?.[1] ?? 'Nairobi';
    return { role: { kind, constituency: seat, county }, former };
  }
  if (kind === 'mca') {
    const { seat, former } = seats.take('ward', random, WARDS);
    return { role: { kind, ward: seat }, former };
  }
  if (kind === 'cs') {
    const { seat, former } = seats.take('ministry', random, MINISTRIES);
    return { role: { kind, ministry: seat }, former };
  }
  const { seat, former } = seats.take(kind === 'governor' ? 'county' : kind, random, COUNTIES);
  return { role: { kind, county: seat }, former };
}

interface NameParts {
  first: string;
  middle?: string;
  surname: string;
}

function drawName(random: Random, pools: readonly Community[], community: Community, gender: 'm' | 'f', surname?: string): NameParts {
  const own = gender === 'm' ? community.male : community.female;
  const christian = gender === 'm' ? CHRISTIAN_NAMES.male : CHRISTIAN_NAMES.female;
  let last = surname ?? random.pick(community.surnames);
  if (!surname && community.ole && gender === 'm') last = `Ole ${last}`;
  if (!surname && gender === 'f' && random.chance(0.08)) last = `${random.pick(random.pick(pools).surnames)}-${last}`;
  const shape = community.christian === false ? 'own' : random.weighted([['christian+own', 45], ['christian', 25], ['own', 30]] as const);
  if (shape === 'christian+own') return { first: random.pick(christian), middle: random.pick(own), surname: last };
  return { first: shape === 'christian' ? random.pick(christian) : random.pick(own), surname: last };
}

const fullName = (parts: NameParts, suffix?: string) => [parts.first, parts.middle, parts.surname, suffix].filter(Boolean).join(' ');

/**
 * The short names a person could go by ("Otieno Adongo" for Ezekiel Otieno
 * Adongo): no two people may share one, or the ground truth itself would be
 * ambiguous. A "Jnr" keeps a son apart from his father on purpose.
 */
function nameKeys(parts: NameParts, suffix?: string): string[] {
  const end = `${parts.surname}${suffix ? ` ${suffix}` : ''}`;
  return [parts.first, parts.middle].filter((name): name is string => Boolean(name)).map((name) => `${name} ${end}`.toLowerCase());
}

/** Builds the cast for a corpus of `articles` articles. */
export function buildCast(random: Random, articles: number): Cast {
  const { parties, coalitions } = buildParties();
  const seats = new Seats(random);
  const people: Person[] = [];
  const taken = new Set<string>();
  const size = castSize(articles);
  let juniors = 0;
  // The hand-written pools name casts of up to some 2,000 people; past them,
  // invented names join in. Switching only once the hand-written pools fail
  // keeps every corpus they could name exactly as it was.
  let pools: readonly Community[] = COMMUNITIES;
  const growPools = () => {
    if (pools !== COMMUNITIES) return false;
    pools = extendCommunities(random.fork('invented names'), size);
    return true;
  };

  const add = (role: Role, former: boolean, party: Party, kin?: { person: Person; relation: Relation }) => {
    for (let attempt = 0; attempt < 400; attempt++) {
      if (attempt === 200 && !growPools()) break;
      const gender: 'm' | 'f' = kin ? (['brother', 'husband', 'father', 'son'].includes(kin.relation) ? 'm' : 'f') : random.chance(0.34) ? 'f' : 'm';
      const community = kin ? pools.find((c) => c.name === kin.person.community) ?? random.pick(pools) : random.pick(pools);
      const junior = kin?.relation === 'son' && juniors < 2;
      const parts: NameParts = junior && kin ? { first: kin.person.first, surname: kin.person.surname } : drawName(random, pools, community, gender, kin ? kinSurname(kin.person, kin.relation, gender) : undefined);
      const suffix = junior ? ('Jnr' as const) : undefined;
      const keys = nameKeys(parts, suffix);
      if (keys.some((key) => taken.has(key)) || isRealPolitician(fullName(parts), parts.surname)) continue;
      for (const key of keys) taken.add(key);
      if (junior) juniors++;
      const person: Person = {
        id: people.length, name: fullName(parts, suffix), ...parts, gender, community: community.name, role, former, party, relatives: [],
        ...(suffix ? { suffix } : {}),
      };
      const title = random.weighted([[undefined, 90], ['Dr', 8], ['Prof', 2]] as const);
      if (title) person.honorific = title;
      if (kin) {
        person.relatives.push(kin);
        kin.person.relatives.push({ person, relation: inverse(kin.relation, kin.person.gender) });
      }
      people.push(person);
      return;
    }
    throw new Error('could not invent a new name: the name pools are too small for this cast');
  };

  for (const party of parties) {
    for (const kind of ['leader', 'secretaryGeneral', 'chairman'] as const) add({ kind, party }, false, party);
  }
  while (people.length < size) {
    const { role, former } = drawRole(random, seats);
    const party = random.weighted(parties.map((p) => [p, p.weight] as const));
    const kinship = people.length > 40 && random.chance(0.1);
    if (!kinship) {
      add(role, former, party);
      continue;
    }
    const other = random.pick(people.filter((p) => p.relatives.length === 0 && !p.suffix));
    const relation = juniors < 2 && other.gender === 'm' && !other.middle ? 'son' : random.pick(other.gender === 'm' ? (['brother', 'wife', 'sister'] as const) : (['brother', 'sister', 'husband'] as const));
    add(role, former, random.chance(0.6) ? other.party : party, { person: other, relation });
  }
  return { parties, coalitions, people, journalists: buildJournalists(random, taken, () => pools, growPools) };
}

/**
 * The surname a relative of `person` carries: a wife takes the married name,
 * a sibling the family name (the first half of a double-barrelled one); Maa
 * men write it "Ole Sitonik", women "Sitonik".
 */
function kinSurname(person: Person, relation: Relation, gender: 'm' | 'f'): string {
  const halves = person.surname.split('-');
  const family = (relation === 'husband' ? halves[halves.length - 1] : halves[0]) ?? person.surname;
  const bare = family.replace(/^Ole /, '');
  const maa = person.community === 'Maasai';
  return maa && gender === 'm' ? `Ole ${bare}` : bare;
}

function inverse(relation: Relation, otherGender: 'm' | 'f'): Relation {
  if (relation === 'wife') return 'husband';
  if (relation === 'husband') return 'wife';
  if (relation === 'son') return 'father';
  if (relation === 'father') return 'son';
  return otherGender === 'm' ? 'brother' : 'sister';
}

/**
 * Bylines: invented reporters, none of them in the cast. After many misses in
 * a row the pools grow, as for the cast, instead of drawing forever.
 */
function buildJournalists(random: Random, taken: Set<string>, pools: () => readonly Community[], growPools: () => boolean): string[] {
  const names: string[] = [];
  let misses = 0;
  while (names.length < 14) {
    if (misses > 0 && misses % 10_000 === 0 && !growPools()) throw new Error('could not invent a new name: the name pools are too small for the bylines');
    const gender = random.chance(0.5) ? 'f' : 'm';
    const parts = drawName(random, pools(), random.pick(pools()), gender);
    const [key] = nameKeys(parts);
    if (!key || taken.has(key) || parts.middle || isRealPolitician(fullName(parts), parts.surname)) {
      misses++;
      continue;
    }
    misses = 0;
    taken.add(key);
    names.push(fullName(parts));
  }
  return names;
}
