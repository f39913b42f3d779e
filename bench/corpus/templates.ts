/**
 * Sentence templates, by the part they play in a story. Each takes the scene
 * and the people it is about, and returns a sentence, or undefined when it
 * does not fit them (no second person, someone not yet introduced).
 */
import type { Person } from './cast';
import { cap, QUOTES } from './quotes';
import { COMMITTEES, COURTS, INVESTIGATORS, REGULATORS } from './places';
import type { Scene } from './scene';

export interface Cue {
  /** The person the sentence is about. */
  p: Person;
  /** A second person, when the sentence needs one. */
  q?: Person;
  /** The story's main person. */
  main: Person;
}

export type Template = (s: Scene, cue: Cue) => string | undefined;

/** A quote line not yet spoken in this article (any line once all have been). */
const quoteLine = (s: Scene, p: Person) => {
  const fresh = QUOTES.filter((line) => !s.spoken.has(line));
  const line = s.random.pick(fresh.length > 0 ? fresh : QUOTES);
  s.spoken.add(line);
  return line(s, p);
};

/** Opening sentences: introduce the main person (and maybe a second) and the matter. */
export const LEADS: readonly Template[] = [
  (s, { p }) => `${cap(s.who(p))} ${s.day()} told residents of ${s.town} that ${s.his(p)} camp would not back down over ${s.issue()}, setting the stage for a fierce political contest.`,
  (s, { p, q }) => q && `Political temperatures rose in ${s.town} ${s.day()} after ${s.who(p)} and ${s.who(q)} traded accusations over ${s.issue()}.`,
  (s, { p }) => `${cap(s.who(p))} has dismissed claims that ${s.his(p)} allies are plotting to derail ${s.issue()}, accusing rivals of spreading propaganda.`,
  (s, { p }) => `The battle over ${s.issue()} took a new twist ${s.day()} when ${s.who(p)} walked out of a meeting at ${s.venue} in protest.`,
  (s, { p }) => `${cap(s.who(p))} ${s.day()} led a delegation of leaders to ${s.venue} in ${s.town}, where ${s.he(p)} made a passionate appeal for unity ahead of ${s.issue()}.`,
  (s, { p }) => `Leaders allied to ${s.theParty(s.mainParty)} ${s.day()} converged at ${s.venue}, with ${s.who(p)} warning that the party would punish any member who undermines its stand on ${s.issue()}.`,
  (s, { p, q }) => q && `A war of words has erupted between ${s.who(p)} and ${s.who(q)} over ${s.issue()}, exposing deep divisions in ${s.theParty(s.mainParty)}.`,
  (s, { p }) => `${cap(s.who(p))} is facing mounting pressure from ${s.his(p)} own allies over ${s.issue()}, barely a month after ${s.he(p)} assured supporters that the matter had been settled.`,
  (s, { p }) => `${cap(s.subject(p))} has called for calm as the row over ${s.issue()} threatens to split leaders in ${s.county}.`,
];

/** Sentences that bring a new person into the story, often against the main person. */
export const INTRODUCTIONS: readonly Template[] = [
  (s, { p }) => `${cap(s.subject(p))} said the party had resolved to take a common position on ${s.issue()}.`,
  (s, { p, main }) => s.introduced(main) ? `${cap(s.who(p))}, who spoke at the same event, accused ${s.who(main)} of using state machinery to intimidate opponents.` : undefined,
  (s, { p }) => `Also present was ${s.who(p)}, who said residents of ${s.county} were tired of empty promises.`,
  (s, { p, main }) => s.introduced(main) ? `But ${s.who(p)} differed with ${s.who(main)}, arguing that the matter should be settled through dialogue rather than at public rallies.` : undefined,
  (s, { p }) => `${cap(s.who(p))} backed the move, saying ${s.theParty(p.party)} had been consulted at every stage.`,
  (s, { p, q }) => q && `The meeting was also attended by ${s.who(p)}, ${s.who(q)} and several MCAs from ${s.county}.`,
  (s, { p }) => `${cap(s.subject(p))} has been one of the most vocal critics of ${s.issue()} in the past month.`,
  (s, { p, main }) => s.introduced(main) ? `In a rejoinder, ${s.who(p)} termed the remarks reckless and asked ${s.who(main)} to apologise to the people of ${s.county}.` : undefined,
  (s, { p }) => `${cap(s.subject(p))} told ${s.outlet()} that ${s.he(p)} would push ${s.institution()} to act on ${s.issue()}.`,
  (s, { p, q }) => q && `Among those who attended were ${s.who(p)} and ${s.who(q)}.`,
  (s, { p }) => `${cap(s.who(p))} joined the fray ${s.day()}, saying ${s.he(p)} would not be cowed by threats from within ${s.theParty(p.party)}.`,
  (s, { p, main }) => s.introduced(main) && p.party === main.party ? `${cap(s.who(p))}, a close ally of ${s.who(main)}, said ${s.theParty(p.party)} would soon announce its next move.` : undefined,
  (s, { p }) => `Separately, ${s.who(p)} asked ${s.random.pick(INVESTIGATORS)} to investigate claims that some leaders had been bribed.`,
];

/** Sentences about someone already in the story. */
export const REACTIONS: readonly Template[] = [
  (s, { p }) => `${cap(s.who(p))} said ${s.he(p)} would consult widely before making a final decision.`,
  (s, { p }) => `According to ${s.who(p)}, the party had received more than ${s.random.int(2, 9) * 50} applications from aspirants across ${s.county}.`,
  (s, { p, q }) => q && `${cap(s.who(p))} maintained that ${s.his(p)} relationship with ${s.who(q)} remained cordial despite the public spat.`,
  (s, { p }) => `${cap(s.possessive(p))} allies have since accused ${s.institution()} of dragging its feet on the matter.`,
  (s, { p }) => `${cap(s.who(p))} later held a closed-door meeting with elders from ${s.town}, where ${s.he(p)} is said to have sought their blessings.`,
  (s, { p }) => `Sources close to ${s.who(p)} told ${s.outlet()} that ${s.he(p)} had been under pressure to soften ${s.his(p)} stand.`,
  (s, { p }) => `The remarks by ${s.who(p)} drew sharp reactions from ${s.party(s.mainParty)} officials, who accused ${s.him(p)} of playing to the gallery.`,
  (s, { p, q }) => q && `${cap(s.who(p))} has in the past fallen out with ${s.who(q)} over the control of the party in ${s.county}.`,
  (s, { p }) => s.introduced(p) ? `It is not the first time ${s.who(p)} is clashing with the party leadership.` : undefined,
  (s, { p }) => `${cap(s.who(p))} is expected to appear before ${s.random.pick(COMMITTEES)} next week to respond to the allegations.`,
  (s, { p }) => s.introduced(p) && s.firstNameIsClear(p) && p !== s.titleOnly
    ? `${p.first}, as ${s.he(p)} is popularly known among ${s.his(p)} supporters, urged residents to register as voters.`
    : undefined,
  (s, { p }) => `${cap(s.who(p))} has since written to the ${s.party(p.party)} secretariat demanding a copy of the minutes.`,
];

/** A direct quote and who said it, in the ways the press attributes one. */
export const QUOTE_FORMS: readonly Template[] = [
  (s, { p }) => `${s.quote(quoteLine(s, p), ',')} ${s.who(p)} said.`,
  (s, { p }) => `${s.quote(quoteLine(s, p), ',')} said ${s.who(p)}.`,
  (s, { p }) => `${cap(s.who(p))} told journalists: ${s.quote(quoteLine(s, p), '.')}`,
  (s, { p }) => `${cap(s.who(p))} said: ${s.quote(quoteLine(s, p), '.')}`,
  (s, { p }) => `${s.quote(quoteLine(s, p), ',')} ${s.who(p)} told ${s.outlet()}.`,
  (s, { p }) => s.introduced(p) ? `${s.quote(quoteLine(s, p), ',')} ${s.he(p)} said.` : undefined,
  (s, { p }) => s.introduced(p) ? `${s.quote(quoteLine(s, p), ',')} said ${s.description(p)}.` : undefined,
  (s, { p }) => `${s.quote(quoteLine(s, p), ',')} ${s.who(p)} said. ${s.quote(quoteLine(s, p), '.')}`,
  (s, { p }) => `Speaking at ${s.venue}, ${s.who(p)} said: ${s.quote(quoteLine(s, p), '.')}`,
  (s, { p }) => s.introduced(p) ? `${cap(s.who(p))} added: ${s.quote(quoteLine(s, p), '.')}` : undefined,
];

/** Context with no person in it: the traps of places, institutions, outlets and unions. */
export const BACKGROUND: readonly Template[] = [
  (s) => `${cap(s.random.pick([s.topic.institution, ...COURTS]))} is expected to rule on the matter before the end of the month.`,
  (s) => `The ${s.county} County Assembly has been split down the middle over the issue, with MCAs allied to rival camps holding parallel meetings.`,
  (s) => `Political analysts say the outcome of ${s.issue()} will shape alliances ahead of the 2027 General Election.`,
  (s) => `Last month, officials of ${s.union()} threatened to mobilise members to protest against what they called the government's indifference.`,
  (s) => `The meeting at ${s.venue} came barely two weeks after a similar gathering in ${s.town} ended in chaos.`,
  (s) => `Police had a hard time controlling the crowd that had gathered outside ${s.venue} hours before the leaders arrived.`,
  () => 'Under the Political Parties Act, a member who publicly supports a rival party is deemed to have resigned from their party.',
  (s) => `Data from ${s.random.pick(['IEBC', 'the Independent Electoral and Boundaries Commission'])} shows that more than ${s.random.int(3, 6) * 10} per cent of registered voters in ${s.county} are below the age of 35.`,
  () => 'The debate has also drawn in the clergy and civil society groups, who have urged politicians to tone down their rhetoric.',
  (s) => `${cap(s.theParty(s.mainParty))} has ${s.random.int(6, 40)} members in the National Assembly and controls ${s.random.int(2, 9)} county assemblies.`,
  (s) => `The Registrar of Political Parties has since written to ${s.theParty(s.mainParty)} asking for the minutes of the meeting.`,
  (s) => `Residents who spoke to ${s.outlet()} said they were more concerned about the high cost of living than the political wrangles.`,
];

/** Sentences that place a party in its coalition. */
export const COALITION_LINES: readonly Template[] = [
  (s) => {
    const coalition = s.mainParty.coalition;
    if (!coalition) return undefined;
    const others = s.random.sample(coalition.members.filter((member) => member !== s.mainParty), 2);
    return `${cap(s.theParty(s.mainParty))} is one of the ${coalition.members.length} affiliate parties of ${s.theParty(coalition)}, which also brings together ${others.map((o) => s.theParty(o)).join(' and ')}.`;
  },
  (s) => {
    const coalition = s.mainParty.coalition;
    if (!coalition) return undefined;
    return `Leaders of ${s.theParty(coalition)} have in recent weeks sought to present a united front, but disagreements over the sharing of seats have persisted.`;
  },
  (s) => (s.mainParty.coalition ? `${cap(s.theParty(s.mainParty))} joined ${s.theParty(s.mainParty.coalition)} last year after months of negotiations.` : undefined),
];

/** Sentences that say two people in the story are related. */
export const KINSHIP: readonly Template[] = [
  (s, { p, q }) => {
    const kin = q && p.relatives.find((entry) => entry.person === q);
    return kin && q && s.introduced(q) ? `${cap(s.who(p))} is the ${kin.relation} of ${s.who(q)}.` : undefined;
  },
  (s, { p, q }) => {
    const kin = q && p.relatives.find((entry) => entry.person === q);
    return kin && q && s.introduced(q) ? `${cap(s.who(q))} was accompanied by ${s.his(q)} ${kin.relation}, ${s.who(p)}.` : undefined;
  },
];

/** Closing sentences. */
export const CLOSINGS: readonly Template[] = [
  () => 'The party is expected to make a final decision on the matter at a meeting scheduled for next week.',
  (s, { p }) => `${cap(s.who(p))} said ${s.he(p)} would tour ${s.county} next week to drum up support for the party's position.`,
  (s, { p }) => `Efforts to reach ${s.who(p)} for comment were unsuccessful by the time of going to press.`,
  (s) => `The matter will be mentioned before ${s.random.pick(COURTS)} on ${s.random.pick(['March', 'June', 'July', 'September', 'November'])} ${s.random.int(2, 28)}.`,
  (s) => `Meanwhile, ${s.random.pick(REGULATORS)} has warned politicians against early campaigns, saying those found culpable risk being barred from contesting.`,
];
