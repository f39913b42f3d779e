/**
 * A reshuffle told with the docket a person leaves written as the title before
 * their name: "Trade CS X, who has held the docket since 2023, takes over
 * Foreign Affairs", "Her place at Trade goes to Health CS Y". That title is the
 * office left: former. (The docket taken up is the other readers' to read.)
 */
import type { SentenceMentions } from './sentence-view';

/** A word every move below needs: a sentence without one tells none. */
const MAY_MOVE = /\b(?:over|moves|moved|heads|switches|switched|goes|went|passes|passed)\b/;

/** After the name (a clause set off by commas may stand between): the move to another docket, named. */
const MOVES_TO =
  /^(?:\s*,[^,.;:“”"]{1,100},)?\s+(?:(?:has\s+been|was|is|will\s+be)\s+)?(?:(?:takes|took|will\s+take)\s+over(?:\s+at)?|(?:moves|moved|heads|switches|switched)\s+to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u;

/** Before the name: "Her place at Trade goes, also with immediate effect, to", "The Trade docket passes to": a docket given to the one named. */
const GIVEN_TO =
  /(?:\b(?:place|seat)\s+(?:at|in)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})|\b(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:docket|portfolio|ministry))\s+(?:goes|went|passes|passed)\b(?:\s*,[^,.;:“”"]{1,60},)?\s+to\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u;

/** Offices held in a portfolio, which a reshuffle moves their holders between. */
const PORTFOLIO_TITLES = new Set(['Cabinet Secretary', 'Principal Secretary']);

/** Makes former the portfolio title before a name that its sentence moves to another docket. */
export function dateMovedOffices(sentences: SentenceMentions[]): void {
  for (const { text, start, mentions } of sentences) {
    if (!MAY_MOVE.test(text)) continue;
    for (const person of mentions) {
      const role = person.role;
      if (person.kind !== 'person' || person.quoted || !role?.organisation || role.tense || !PORTFOLIO_TITLES.has(role.title)) continue;
      const at = person.offset - start;
      const docket = movedTo(text.slice(at + person.surface.length)) ?? givenTo(text.slice(0, at));
      if (docket && !sameDocket(docket, role.organisation)) person.role = { ...role, tense: 'former' };
    }
  }
}

function movedTo(after: string): string | undefined {
  return MOVES_TO.exec(after)?.[1];
}

function givenTo(before: string): string | undefined {
  const given = GIVEN_TO.exec(before);
  return given ? (given[1] ?? given[2]) : undefined;
}

/** "Trade" and "Trade and Industry": one docket named shorter or longer. */
function sameDocket(docket: string, organisation: string): boolean {
  const first = (words: string) => words.toLowerCase().split(/\s+/)[0];
  return first(docket) === first(organisation);
}
