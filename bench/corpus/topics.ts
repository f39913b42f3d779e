/** What articles are about, and the headlines written for them and for the "Also Read" links to other stories. */
import type { Cast, Party, Person } from './cast';
import { CONSTITUENCIES, COUNTIES, MINISTRIES, UNIONS } from './places';
import type { Random } from './prng';
import { label, type Topic } from './scene';

/** The topics an article can be about; some are filled in with a place, a party or a union. */
export function drawTopic(random: Random, party: Party, coalition: Party | undefined): Topic {
  const constituency = random.pick(CONSTITUENCIES)[0];
  const county = random.pick(COUNTIES);
  const union = random.pick(UNIONS.filter((name) => !name.includes(' ')));
  const ministry = random.pick(MINISTRIES);
  const topics: Topic[] = [
    { issue: () => `the ${constituency} by-election`, head: `${constituency} by-election`, again: 'the by-election', institution: 'IEBC' },
    { issue: () => 'the Finance Bill', head: 'Finance Bill', again: 'the Bill', institution: 'the National Assembly' },
    { issue: () => 'the County Allocation of Revenue Bill', head: 'revenue sharing', again: 'the revenue Bill', institution: 'the Senate' },
    { issue: () => `the impeachment motion against the ${county} deputy governor`, head: `${county} impeachment`, again: 'the impeachment motion', institution: 'the Senate' },
    { issue: () => `the party nominations in ${county}`, head: 'nominations', again: 'the nominations', institution: 'the Political Parties Disputes Tribunal' },
    { issue: (s) => `the planned defections from ${s.theParty(party)}`, head: 'defections', again: 'the defections', institution: 'the Registrar of Political Parties' },
    { issue: (s) => `the ${s.party(party)} National Delegates Convention`, head: `${party.acronym ?? party.short} NDC`, again: 'the convention', institution: 'the Registrar of Political Parties' },
    { issue: () => `the ${union} strike`, head: `${union} strike`, again: 'the strike', institution: 'the Ministry of Education' },
    { issue: () => 'the fertiliser subsidy programme', head: 'fertiliser subsidy', again: 'the subsidy programme', institution: 'the Ministry of Agriculture' },
    { issue: () => 'the boundaries review', head: 'boundaries review', again: 'the review', institution: 'IEBC' },
    { issue: () => `stalled road projects in ${county}`, head: 'stalled roads', again: 'the stalled projects', institution: 'the Controller of Budget' },
    { issue: (s) => `the petition challenging the ${s.party(party)} leadership changes`, head: `${party.short} leadership row`, again: 'the petition', institution: 'the High Court' },
    { issue: () => 'the 2027 succession race', head: '2027 race', again: 'the succession race', institution: 'IEBC' },
    { issue: () => `the audit of the ${ministry} ministry`, head: `${ministry} audit`, again: 'the audit', institution: 'the Public Accounts Committee' },
    { issue: () => 'the proposed Housing Levy changes', head: 'Housing Levy', again: 'the levy proposals', institution: 'the National Assembly' },
  ];
  if (coalition) {
    topics.push({
      issue: (s) => `the ${s.party(coalition)} power-sharing deal`,
      head: `${coalition.short} deal`,
      again: 'the deal',
      institution: 'the Registrar of Political Parties',
    });
  }
  return random.pick(topics);
}

/** The surname as a headline writes it, or the title and surname. */
function headName(random: Random, person: Person): string {
  const title = { governor: 'Governor', senator: 'Senator', cs: 'CS' }[person.role.kind as string];
  return title && !person.former && random.chance(0.3) ? `${title} ${person.surname}` : person.surname;
}

/** A headline for an article about `topic`, naming its main people by surname. */
export function drawHeadline(random: Random, topic: Topic, main: Person, second: Person, town: string, acronym?: string): string {
  const a = headName(random, main);
  // Two namesakes in one headline need the second's first name: "Marete, Everlyne Marete clash".
  const b = second.surname === main.surname ? `${second.first} ${second.surname}` : headName(random, second);
  const headlines = [
    `${a}, ${b} clash over ${topic.head}`,
    `${a} vows to fight on as ${topic.head} row deepens`,
    `Why ${a} is betting big on ${topic.head}`,
    `${a} dares critics ahead of ${topic.head} showdown`,
    `Drama in ${town} as ${a} allies heckle ${b}`,
    `${a} hits out at rivals over ${topic.head}`,
    `${b} breaks ranks with ${a} on ${topic.head}`,
    `Inside ${a}'s plan to win over ${town} voters`,
    `${a} and ${b} in fresh push on ${topic.head}`,
    `Tension in ${town} as ${topic.head} splits leaders`,
  ];
  if (acronym) headlines.push(`${acronym} rebels defy ${a} over ${topic.head}`, `${acronym} in turmoil as ${a} and ${b} fight over ${topic.head}`);
  return random.pick(headlines);
}

/** A headline linking to another story: names people who are not in this one. */
export function drawLinkHeadline(random: Random, cast: Cast, person: Person): string {
  const other = random.pick(cast.parties.filter((party) => party !== person.party));
  const lines = [
    `${person.name} ditches ${person.party.acronym} for ${other.acronym} ahead of 2027`,
    `${person.surname} tells off critics over stalled projects`,
    `${label(person)} survives ouster bid`,
    `Court blocks ${person.party.acronym} from expelling ${person.name}`,
    `${person.party.short} rebels plot to oust ${person.surname}`,
    `${label(person)} unveils plan to end water crisis`,
    `Why ${person.name} skipped the ${other.short} meeting`,
    `${person.surname} camp cries foul over nominations`,
  ];
  return random.pick(lines);
}
