/**
 * Word gates (src/pipeline/text/word-gates.ts): a reader runs only on a
 * sentence that has one of the words its patterns need. A gate must never shut
 * on a sentence the reader reads: each case is a sentence its reader reads a
 * fact from, and the gate must open on it. The words of a text are its runs
 * of ASCII letters and digits, lower-cased, whatever marks stand between.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pipeline/ingest';
import { opens, wordsIn, type WordGate } from '../../src/pipeline/text/word-gates';
import { CANDIDACY_WORDS, NOMINATION_WORDS, POST_WORDS, RUNNING_MATE_WORDS, THE_PARTYS, TICKET_WORDS } from '../../src/pipeline/extract/ties/tie-candidacies';
import { ALLIED_WORDS, EXPELLED_WORD, MOVED_WORDS, OUTRIGHT_WORDS, OWN, THE_PARTY_OR_OUTFIT, UNTIL, WHO_LEFT_WORDS } from '../../src/pipeline/extract/ties/tie-movements';
import { GLUED_WORDS, LED, WHOSE } from '../../src/pipeline/extract/ties/tie-named';
import { AS_OFFICE_WORDS, CHAIRED_BY, CHAIRS_WORDS, ITS, SERVE_WORDS } from '../../src/pipeline/extract/ties/tie-offices';
import { ITS_ONLY, LEFT_WORDS, PARTYS, WHO } from '../../src/pipeline/extract/ties/tie-elected-offices';
import { factReaders } from './fact-readers';

const pack = await loadPack();
const { allTies, roles } = factReaders(pack);

describe('the words of a text', () => {
  it('are its runs of ASCII letters and digits, lower-cased', () => {
    expect([...wordsIn('The ODM-led party’s flag-bearer, Kamau (UDA), said: “Won 2022.”')]).toEqual(['the', 'odm', 'led', 'party', 's', 'flag', 'bearer', 'kamau', 'uda', 'said', 'won', '2022', '']);
  });

  it('break at a letter outside ASCII, as `\\b` does', () => {
    expect(wordsIn('Kamau éled by Otieno').has('led')).toBe(true);
  });

  it('read "ſ" and the Kelvin sign both as breaks and as the letters they match case-blind', () => {
    const words = wordsIn('ſeek \u212Aled');
    for (const word of ['eek', 'seek', 'led', 'kled']) expect(words.has(word)).toBe(true);
  });

  it('read "İ" (lower case "i" and a mark) as a break', () => {
    expect(wordsIn('asİ').has('as')).toBe(true);
  });
});

const opening = 'Headline\n\nThe Tumaini Bora Party (TBP) met in Nakuru.\n\n';

/** [reader, its gate, a sentence it reads, the person's surname, a fact the reader gives them]. */
const tieCases: [string, WordGate, string, string, string][] = [
  ['whoseParty', WHOSE, 'Kiprop Kibet Chirchir, whose party ODM is in talks with UDA, spoke.', 'Chirchir', 'ODM member'],
  ['gluedToParty', GLUED_WORDS, 'The TBP-allied Nyeri Town MP Wanjiru Muthoni Kamau spoke.', 'Kamau', 'TBP ally'],
  ['alliedInApposition', GLUED_WORDS, 'Wanjiru Muthoni Kamau, the TBP-allied senator, spoke.', 'Kamau', 'TBP ally'],
  ['alliedInApposition', GLUED_WORDS, 'Wanjiru Muthoni Kamau, a TBP-sponsored MCA, spoke.', 'Kamau', 'TBP candidate'],
  ['alliedInApposition', GLUED_WORDS, 'Wanjiru Muthoni Kamau, a TBP-backed senator, spoke.', 'Kamau', 'TBP ally'],
  ['membersLedBy', LED, 'TBP legislators led by Wanjiru Muthoni Kamau walked out.', 'Kamau', 'TBP member'],
  ['candidateByBe', CANDIDACY_WORDS, 'Wanjiru Muthoni Kamau was the TBP candidate in the by-election.', 'Kamau', 'TBP candidate'],
  ['candidateInApposition', CANDIDACY_WORDS, "Wanjiru Muthoni Kamau, TBP's candidate in the Kitui Central by-election, spoke.", 'Kamau', 'TBP candidate'],
  ['theirCandidate', THE_PARTYS, "Wanjiru Muthoni Kamau, who is now the party's presidential candidate, spoke.", 'Kamau', 'Tumaini Bora Party candidate'],
  ['ticket', TICKET_WORDS, 'Wanjiru Muthoni Kamau won the seat on a TBP ticket.', 'Kamau', 'TBP candidate'],
  ['nomination', NOMINATION_WORDS, 'Wanjiru Muthoni Kamau won the TBP nomination on Friday.', 'Kamau', 'TBP candidate'],
  ['allied', ALLIED_WORDS, 'Wanjiru Muthoni Kamau is a close ally of the TBP.', 'Kamau', 'TBP ally'],
  ['memberOutright', OUTRIGHT_WORDS, 'Wanjiru Muthoni Kamau has not formally resigned from the TBP.', 'Kamau', 'TBP member'],
  ['memberUntil', UNTIL, 'Wanjiru Muthoni Kamau had been a TBP member until March.', 'Kamau', 'TBP left'],
  ['whoLeft', WHO_LEFT_WORDS, 'Wanjiru Muthoni Kamau, who left the TBP in 2024, has since joined UDA.', 'Kamau', 'TBP left'],
  ['ownParty', OWN, 'Wanjiru Muthoni Kamau met hopefuls from UDA, ODM and her own TBP.', 'Kamau', 'TBP member'],
  ['moved', MOVED_WORDS, 'Wanjiru Muthoni Kamau decamped from the TBP to UDA on Monday.', 'Kamau', 'UDA joined'],
  ['moved', MOVED_WORDS, 'Wanjiru Muthoni Kamau on Sunday returned to the TBP.', 'Kamau', 'TBP joined'],
  ['moved', MOVED_WORDS, 'Wanjiru Muthoni Kamau is running as an independent after quitting the TBP in October.', 'Kamau', 'TBP left'],
  ['moved', MOVED_WORDS, 'Wanjiru Muthoni Kamau jumped ship to the TBP on Monday.', 'Kamau', 'TBP joined'],
  ['moved', MOVED_WORDS, 'Wanjiru Muthoni Kamau abandoned the TBP on Monday.', 'Kamau', 'TBP left'],
  ['quitTheParty', THE_PARTY_OR_OUTFIT, 'Wanjiru Muthoni Kamau, who quit the party in June, spoke.', 'Kamau', 'Tumaini Bora Party left'],
  ['expelledFrom', EXPELLED_WORD, 'The TBP said the party had expelled Wanjiru Muthoni Kamau on Monday.', 'Kamau', 'TBP left'],
  ['expelledHolder', EXPELLED_WORD, 'Expelled TBP MCA Wanjiru Muthoni Kamau spoke.', 'Kamau', 'TBP left'],
  ['itsOffice', ITS, 'Its chairman, Wanjiru Muthoni Kamau, spoke.', 'Kamau', 'Tumaini Bora Party Chairman'],
  ['chairsParty', CHAIRS_WORDS, 'Wanjiru Muthoni Kamau, who chairs the TBP, spoke.', 'Kamau', 'TBP Chairman'],
  ['asOffice', AS_OFFICE_WORDS, "The TBP elected Wanjiru Muthoni Kamau as the party's National Chairman.", 'Kamau', 'TBP National Chairman'],
  ['electedIts', ITS_ONLY, 'Wanjiru Muthoni Kamau left Jubilee for the TBP in 2024 and was elected its treasurer in March.', 'Kamau', 'TBP Treasurer'],
  ['electedAfterMove', LEFT_WORDS, 'Moiben MP Wanjiru Muthoni Kamau, who left UDA for the TBP in July, was elected Deputy Party Leader.', 'Kamau', 'TBP Deputy Party Leader'],
  ['officeInClause', WHO, "Wanjiru Muthoni Kamau, who left ANC for the TBP in 2023 and is the TBP's Party Whip in the Senate, spoke.", 'Kamau', 'TBP Party Whip'],
  ['officeOfPartyJoined', PARTYS, "Wanjiru Muthoni Kamau, who quit Jubilee in October to join the TBP and is now the party's Director of Elections, spoke.", 'Kamau', 'TBP Director of Elections'],
  ['willServe', SERVE_WORDS, 'Wanjiru Muthoni Kamau, who will serve as Deputy Party Leader, spoke.', 'Kamau', 'Tumaini Bora Party Deputy Party Leader'],
  ['ledParty', LED, 'The Wanjiru Muthoni Kamau-led TBP met on Friday.', 'Kamau', 'TBP leader'],
  ['organChairedBy', CHAIRED_BY, "The TBP's national elections board, which is chaired by Rev Wanjiru Muthoni Kamau, met.", 'Kamau', 'TBP National Elections Board Chairman'],
  ['ledBy', LED, 'The TBP, led by Wanjiru Muthoni Kamau, met in Nakuru.', 'Kamau', 'TBP leader'],
];

describe('a gate opens on every sentence its reader reads a tie from', () => {
  it.each(tieCases)('%s: "%s"', (_reader, gate, sentence, surname, fact) => {
    expect(opens(wordsIn(sentence), gate)).toBe(true);
    expect(allTies(`${opening}${sentence}`, surname)).toContain(fact);
  });
});

/** [reader, its gate, a sentence it reads, the person's surname, the title of the role the reader gives them]. */
const roleCases: [string, WordGate, string, string, string][] = [
  ['runningMate', RUNNING_MATE_WORDS, 'Ruto introduced Wanjiru Muthoni Kamau as his running mate.', 'Kamau', 'Running Mate'],
  ['runningMate', RUNNING_MATE_WORDS, 'Wanjiru Muthoni Kamau will deputise Ruto in the race for the Nakuru governor\'s seat.', 'Kamau', 'Running Mate'],
  ['postSought', POST_WORDS, 'Wanjiru Muthoni Kamau, who was seeking the post of National Chairman, spoke.', 'Kamau', 'National Chairman'],
];

describe('a gate opens on every sentence its reader reads a role from', () => {
  it.each(roleCases)('%s: "%s"', (_reader, gate, sentence, surname, title) => {
    expect(opens(wordsIn(sentence), gate)).toBe(true);
    expect(roles(`${opening}${sentence}`, surname).map((role) => role?.title)).toContain(title);
  });
});
