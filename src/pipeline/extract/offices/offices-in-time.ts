/**
 * The offices an article places in time beyond the words around a name, read
 * once every role and tie of the article is known: seats sought (named, or "the
 * seat" of the race in play), offices
 * about to be taken up or acted in, offices passing hands, offices told with
 * a verb (past or held now), a deputy's office ("His deputy, X"), seats won at the last election, titles the words around them date, dockets a reshuffle moves people
 * from; then the offices it says ended are made former, whichever reader gave them, and a counterpart's
 * office is read off the one it is the counterpart of.
 */
import { readAspirations } from './aspirations';
import { readCounterpartOffices } from './counterpart-offices';
import { readDeputies } from './deputies';
import { dateTitles } from './dated-titles';
import { dateEndedOffices } from './ended-offices';
import { readIncomingOffices } from './incoming-offices';
import { readPastOffices } from './past-offices';
import { dateMovedOffices } from './reshuffle-moves';
import { readSeatsInPlay } from './seats-in-play';
import { readServingOffices } from './serving-offices';
import type { SentenceMentions } from '../sentence-view';
import { readSuccessions } from './successions';
import { readWonSeats } from './won-seats';
import type { CountryPack } from '../../pack';

/** Adds the sought, coming, passed-on and past offices of the article's sentences, then dates the ended ones. */
export function readOfficesInTime(sentences: SentenceMentions[], pack: CountryPack, year?: number): void {
  readAspirations(sentences);
  readSeatsInPlay(sentences);
  readIncomingOffices(sentences);
  readSuccessions(sentences);
  readDeputies(sentences);
  readPastOffices(sentences);
  readServingOffices(sentences);
  readWonSeats(sentences, year, pack);
  dateTitles(sentences, pack, year);
  dateMovedOffices(sentences);
  // Last: a death or a dismissal dates an office whichever reader above gave it.
  dateEndedOffices(sentences);
  // (Then a counterpart's office is the other one's as finally dated: "former Kitui Governor X and his Machakos counterpart Y".)
  readCounterpartOffices(sentences, pack);
}
