/**
 * A reshuffle told with the docket a person leaves written as the title before
 * their name: "Trade CS X, who has held the docket since 2023, takes over
 * Foreign Affairs", "Her place at Trade goes to Health CS Y", "Trade CS X, who
 * was moved from Trade to Defence". That title is the
 * office left: former. (The docket taken up is the other readers' to read.)
 */
import type { SentenceMentions } from '../sentence-view';

/** A word every move below needs: a sentence without one tells none. */
const MAY_MOVE = /\b(?:over|moves|moved|moving|heads|switches|switched|goes|went|passes|passed|sending|sent|posting|posted|redeploying|redeployed|transferring|transferred)\b/;

/** After the name (a clause set off by commas may stand between): the move to another docket, named. */
const MOVES_TO =
  /^(?:\s*,[^,.;:“”"]{1,100},)?\s+(?:(?:has\s+been|was|is|will\s+be)\s+)?(?:(?:takes|took|will\s+take)\s+over(?:\s+at)?|(?:moves|moved|heads|switches|switched)\s+to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})/u;

/** "Trade CS X, who was moved from Trade to Defence in the reshuffle,": the docket left named, then the one taken up. */
const MOVED_FROM =
  /^(?:\s*,\s*who\s+|\s+)(?:(?:has\s+been|had\s+been|was|is)\s+)?(?:moved|shifted|transferred|redeployed)\s+from\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})\s+(?:docket\s+|ministry\s+|portfolio\s+)?to\s+(?:the\s+)?\p{Lu}/u;

/** Before the name: "Her place at Trade goes, also with immediate effect, to", "The Trade docket passes to": a docket given to the one named. */
const GIVEN_TO =
  /(?:\b(?:place|seat)\s+(?:at|in)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})|\b(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:docket|portfolio|ministry))\s+(?:goes|went|passes|passed)\b(?:\s*,[^,.;:“”"]{1,60},)?\s+to\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u;

/**
 * Before the name, with "to" and a docket or the foreign service after it: "sending Agriculture CS X to the diplomatic
 * service", "moving Energy CS Y to Defence" (a docket named bare only after a verb of reshuffling: "sent Interior CS Z to
 * Kisumu" sends no one out of office).
 */
const SENDING = /\b(?:(sending|sent|posting|posted)|moving|moved|redeploying|redeployed|transferring|transferred)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u;
const SENT_OUT = /^\s+to\s+(?:the\s+)?(?:(?:diplomatic|foreign)\s+service\b|(\p{Lu}[\p{L}'’-]*)\s+(?:docket|ministry|portfolio)\b)/u;
const MOVED_TO = /^\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)\s*(?:[,.;]|\s+(?:and|in|with|as)\b)/u;

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
      const after = text.slice(at + person.surface.length);
      const left = MOVED_FROM.exec(after)?.[1];
      if (left && sameDocket(left, role.organisation)) {
        person.role = { ...role, tense: 'former' };
        continue;
      }
      const docket = movedTo(after) ?? givenTo(text.slice(0, at)) ?? sentTo(text.slice(0, at), after);
      if (docket && !sameDocket(docket, role.organisation)) person.role = { ...role, tense: 'former' };
    }
  }
}

function movedTo(after: string): string | undefined {
  return MOVES_TO.exec(after)?.[1];
}

/** The docket, or "service" for the foreign service, a verb of sending before the name sends the person to. */
function sentTo(before: string, after: string): string | undefined {
  const sending = SENDING.exec(before);
  if (!sending) return undefined;
  const out = SENT_OUT.exec(after);
  if (out) return out[1] ?? 'service';
  return sending[1] ? undefined : MOVED_TO.exec(after)?.[1];
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
