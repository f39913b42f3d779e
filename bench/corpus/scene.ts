/**
 * One article being written: who is in it, how each person and party has been
 * named so far, and what the article ends up mentioning (its ground truth).
 */
import type { Party, Person, Relation } from './cast';
import { DAYS, INSTITUTIONS, OUTLETS, UNIONS, VENUES } from './places';
import type { Random } from './prng';

export interface Topic {
  /** The matter the article is about, as a noun phrase: "the Finance Bill". */
  issue: (scene: Scene) => string;
  /** A short form for headlines: "Finance Bill". */
  head: string;
  /** How the story refers to the matter once it has been named: "the Bill". */
  again: string;
  /** The body that will decide it. */
  institution: string;
}

export interface SceneSetup {
  random: Random;
  people: Person[];
  topic: Topic;
  party: Party;
  county: string;
  town: string;
  curly: boolean;
  /** A person named only by title and surname all through the article ("Governor Chebet"). */
  titleOnly?: Person;
}

const TITLE: Partial<Record<Person['role']['kind'], string>> = { governor: 'Governor', senator: 'Senator', cs: 'CS' };

export class Scene {
  readonly random: Random;
  readonly people: Person[];
  readonly topic: Topic;
  /** The party the story is mostly about. */
  readonly mainParty: Party;
  readonly county: string;
  readonly town: string;
  readonly venue: string;
  readonly titleOnly?: Person;
  readonly open: string;
  readonly close: string;
  readonly apostrophe: string;
  /** What the body mentions: the ground truth. */
  readonly mentionedPeople = new Set<Person>();
  readonly mentionedParties = new Set<Party>();
  /** Templates already used, so that an article does not repeat a sentence shape. */
  readonly used = new Set<unknown>();
  /** Quote lines already spoken in this article. */
  readonly spoken = new Set<unknown>();
  private readonly named = new Set<Person | Party>();
  private issueNamed = false;

  constructor(setup: SceneSetup) {
    this.random = setup.random;
    this.people = setup.people;
    this.topic = setup.topic;
    this.mainParty = setup.party;
    this.county = setup.county;
    this.town = setup.town;
    this.venue = setup.random.pick(VENUES);
    if (setup.titleOnly) this.titleOnly = setup.titleOnly;
    this.open = setup.curly ? '“' : '"';
    this.close = setup.curly ? '”' : '"';
    this.apostrophe = setup.curly ? '’' : "'";
  }

  introduced(person: Person): boolean {
    return this.named.has(person);
  }

  /** A person as subject or object: the role and full name the first time, a shorter form after. */
  who(person: Person): string {
    if (this.named.has(person)) return this.reference(person);
    this.markNamed(person);
    if (person === this.titleOnly) return `${TITLE[person.role.kind]} ${person.surname}`;
    const tie = this.random.chance(0.08) && !isPartyRole(person) ? ` (${this.party(person.party, 'acronym')})` : '';
    return `${this.rolePrefix(person)} ${this.honorific(person)}${person.name}${tie}`;
  }

  /** As `who`, but a first mention may be an apposition: "Jane Mwende, the Kitui senator,". Only for a sentence's subject. */
  subject(person: Person): string {
    if (this.named.has(person) || person === this.titleOnly || this.random.chance(0.55)) return this.who(person);
    this.markNamed(person);
    return `${this.honorific(person)}${person.name}, ${this.apposition(person)},`;
  }

  possessive(person: Person): string {
    const name = this.who(person);
    return name.endsWith("'") ? `${name}s` : `${name}${this.apostrophe}s`;
  }

  /** A description instead of a name: "the senator". */
  description(person: Person): string {
    const role = person.role;
    const options: Record<Person['role']['kind'], string[]> = {
      mp: ['the MP', 'the legislator', 'the lawmaker'],
      senator: ['the senator', 'the legislator'],
      governor: ['the governor', 'the county boss'],
      womanRep: ['the Woman Rep', 'the legislator'],
      mca: ['the MCA', 'the ward rep'],
      cs: ['the CS', 'the Cabinet Secretary'],
      leader: ['the party leader', 'the party boss'],
      secretaryGeneral: ['the Secretary-General', 'the party official'],
      chairman: ['the party chairman', 'the party official'],
    };
    return this.random.pick(options[role.kind]);
  }

  he(person: Person): string {
    return person.gender === 'm' ? 'he' : 'she';
  }

  his(person: Person): string {
    return person.gender === 'm' ? 'his' : 'her';
  }

  him(person: Person): string {
    return person.gender === 'm' ? 'him' : 'her';
  }

  /** A party or coalition: defined in full the first time (often with its acronym), then by acronym or short form. */
  party(party: Party, form?: 'acronym'): string {
    this.mentionedParties.add(party);
    const first = !this.named.has(party);
    this.named.add(party);
    const acronym = party.acronym;
    if (form === 'acronym' && acronym) return first && this.random.chance(0.3) ? `${party.name} (${acronym})` : acronym;
    if (first) {
      if (!acronym) return party.name;
      return this.random.weighted([[`${party.name} (${acronym})`, 45], [acronym, 35], [party.name, 20]] as const);
    }
    return this.random.weighted([[acronym ?? party.name, acronym ? 55 : 0], [party.short, 30], [party.name, 15]] as const);
  }

  /** A party as a noun on its own: "the UPA", "the Umoja Progressive Alliance", but "Umoja" bare. */
  theParty(party: Party): string {
    const name = this.party(party);
    return name === party.short && name !== party.acronym ? name : `the ${name}`;
  }

  quote(text: string, end: ',' | '.'): string {
    const punctuated = /[?!]$/.test(text) ? text : `${text}${end}`;
    return `${this.open}${punctuated}${this.close}`;
  }

  day(): string {
    return this.random.pick(DAYS);
  }

  outlet(): string {
    return this.random.pick(OUTLETS);
  }

  institution(): string {
    return this.random.chance(0.5) ? this.topic.institution : this.random.pick(INSTITUTIONS);
  }

  union(): string {
    return this.random.pick(UNIONS);
  }

  /** The matter: in full the first time, then often by a short form. */
  issue(): string {
    if (this.issueNamed && this.random.chance(0.5)) return this.topic.again;
    this.issueNamed = true;
    return this.topic.issue(this);
  }

  /** The people of the article that `person` is related to, with the relation. */
  kinIn(person: Person): { person: Person; relation: Relation }[] {
    return person.relatives.filter((kin) => this.people.includes(kin.person));
  }

  /** Whether the first name alone would name one person only. */
  firstNameIsClear(person: Person): boolean {
    return !person.suffix && this.people.filter((other) => other.first === person.first).length === 1;
  }

  private markNamed(person: Person): void {
    this.named.add(person);
    this.mentionedPeople.add(person);
  }

  private surnameIsClear(person: Person): boolean {
    return this.people.filter((other) => other.surname === person.surname).length === 1;
  }

  /** A later mention: "Mr Kamau", "Kamau", "Governor Kamau", "Otieno", or the full name again. */
  private reference(person: Person): string {
    if (person === this.titleOnly) return this.random.chance(0.5) ? `${TITLE[person.role.kind]} ${person.surname}` : person.surname;
    const title = TITLE[person.role.kind];
    const clear = this.surnameIsClear(person);
    const courtesy = person.honorific ?? (person.gender === 'm' ? 'Mr' : 'Ms');
    return this.random.weighted([
      [`${courtesy} ${person.surname}`, clear ? 45 : 0],
      [person.surname, clear ? 30 : 0],
      [`${title} ${person.surname}`, clear && title && !person.former ? 12 : 0],
      [person.first, this.firstNameIsClear(person) ? (clear ? 5 : 30) : 0],
      [person.name, 8],
    ] as const);
  }

  private honorific(person: Person): string {
    return person.honorific && this.random.chance(0.7) ? `${person.honorific} ` : '';
  }

  /** The role as written before a name: "Kitui Senator", "UPA Secretary-General". */
  private rolePrefix(person: Person): string {
    const role = person.role;
    const former = person.former ? 'former ' : '';
    const pick = (options: string[]) => this.random.pick(options);
    switch (role.kind) {
      case 'mp':
        return `${former}${role.constituency} ${pick(['MP', 'MP', 'legislator'])}`;
      case 'senator':
        return `${former}${role.county} Senator`;
      case 'governor':
        return `${former}${role.county} Governor`;
      case 'womanRep':
        return `${former}${role.county} ${pick(['Woman Representative', 'Woman Rep'])}`;
      case 'mca':
        return `${former}${role.ward} ${pick(['MCA', 'Ward MCA'])}`;
      case 'cs':
        return `${former}${role.ministry} ${pick(['Cabinet Secretary', 'CS'])}`;
      case 'leader':
        return `${this.party(role.party, 'acronym')} ${pick(['leader', 'party leader'])}`;
      case 'secretaryGeneral':
        return `${this.party(role.party, 'acronym')} ${pick(['Secretary-General', 'Secretary General'])}`;
      case 'chairman':
        return `${this.party(role.party, 'acronym')} ${pick(person.gender === 'm' ? ['chairman', 'national chairman'] : ['chairperson', 'national chairperson'])}`;
    }
  }

  /** The role as an apposition after a name: "the Kitui senator", "who represents Lurambi in the National Assembly". */
  private apposition(person: Person): string {
    const role = person.role;
    const pick = (options: string[]) => this.random.pick(options);
    const former = person.former ? 'the former' : 'the';
    switch (role.kind) {
      case 'mp':
        return person.former ? `${former} ${role.constituency} MP` : pick([`the ${role.constituency} MP`, `who represents ${role.constituency} in the National Assembly`]);
      case 'senator':
        return `${former} ${role.county} senator`;
      case 'governor':
        return pick([`${former} ${role.county} governor`, `${former} ${role.county} county boss`]);
      case 'womanRep':
        return `${former} ${role.county} Woman Representative`;
      case 'mca':
        return person.former ? `${former} ${role.ward} MCA` : pick([`the ${role.ward} MCA`, `who represents ${role.ward} ward in the county assembly`]);
      case 'cs':
        return `${former} Cabinet Secretary for ${role.ministry}`;
      case 'leader':
        return `the ${this.party(role.party)} leader`;
      case 'secretaryGeneral':
        return `the ${this.party(role.party)} Secretary-General`;
      case 'chairman':
        return `the ${this.party(role.party)} ${person.gender === 'm' ? 'chairman' : 'chairperson'}`;
    }
  }
}

export function isPartyRole(person: Person): boolean {
  return person.role.kind === 'leader' || person.role.kind === 'secretaryGeneral' || person.role.kind === 'chairman';
}

/** A person's role and name as a headline or caption writes them, outside the story: nothing is recorded. */
export function label(person: Person): string {
  const role = person.role;
  const former = person.former ? 'Former ' : '';
  switch (role.kind) {
    case 'mp':
      return `${former}${role.constituency} MP ${person.name}`;
    case 'senator':
    case 'governor':
      return `${former}${role.county} ${role.kind === 'senator' ? 'Senator' : 'Governor'} ${person.name}`;
    case 'womanRep':
      return `${former}${role.county} Woman Rep ${person.name}`;
    case 'mca':
      return `${former}${role.ward} MCA ${person.name}`;
    case 'cs':
      return `${former}${role.ministry} CS ${person.name}`;
    default:
      return `${role.party.acronym} ${role.kind === 'leader' ? 'leader' : role.kind === 'chairman' ? 'chairman' : 'Secretary-General'} ${person.name}`;
  }
}
