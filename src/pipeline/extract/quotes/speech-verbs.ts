/**
 * The verbs that attribute a quote, as alternations for the attribution
 * patterns: `SPEECH` after a quote or a pronoun ("“…,” she insisted", "was
 * quoted by the Standard as saying"), `QUOTING` before one ("X described the
 * deal as “…”", "X insists the county will “…”").
 */
import { SPEECH_VERBS } from '../lexicon';

/** Verbs of speech in the present tense, as features write them: "“…,” Kamau insists." */
const PRESENT_SPEECH = ['insists', 'argues', 'maintains', 'claims', 'warns', 'explains', 'admits', 'recalls', 'observes', 'charges', 'asks', 'wonders', 'urges', 'reckons', 'concedes', 'states', 'declares', 'laments', 'cautions', 'vows', 'adds', 'notes', 'tells', 'says', 'writes', 'quips', 'jokes', 'recounts', 'counters'];

/** Present verbs that are nouns too ("partner states were sending", "the claims"): after a quote and its speaker only. */
const NOUNS_TOO = new Set(['states', 'charges', 'claims', 'vows', 'counters', 'jokes', 'recounts', 'urges', 'asks', 'cautions', 'laments', 'observes', 'recalls', 'admits', 'concedes', 'warns']);

/** Kiswahili verbs of speech, as Taifa Leo and bilingual reports write them: "“…,” alisema Mwabeza" ("said"), "aliongeza" ("added"). */
const KISWAHILI_SPEECH = ['alisema', 'akasema', 'amesema', 'anasema', 'aliongeza', 'akaongeza', 'alieleza', 'akaeleza', 'alisisitiza', 'alidai', 'aliuliza', 'alionya', 'alitangaza'];

/** Verbs of saying that news English uses now and then: "“…,” Loitasi averred", "Chemoi mused that “…”". */
const RARER_SPEECH = ['averred', 'mused', 'intoned', 'posited', 'surmised', 'bemoaned', 'chided', 'rebutted', 'contended', 'asserted', 'ranted', 'bragged', 'grumbled', 'muttered'];

/** Verbs that put words in a subject's mouth, beyond verbs of speech: "described the deal as “…”". */
const QUOTING_VERBS = new Set([...SPEECH_VERBS, 'described', 'termed', 'dubbed', 'branded', 'labelled', 'labeled', 'likened', 'called', 'says', 'adds', 'notes', 'tells', 'wrote', 'disagreed', 'conceded', 'agreed', 'quipped', 'joked', 'retorted', 'protested', 'complained', 'lamented', 'appealed', 'pleaded', 'was quoted as saying', 'is quoted as saying', 'tell', 'submitted', 'testified', 'went on to say', 'ruled', 'thanked',
  // Less common verbs of saying, before a quote as after one: "X mused that …", "X averred that the county “…”".
  ...RARER_SPEECH,
  // A feature's present tense: "Kamau insists the county will “…”"; and a stance: "Kamau was adamant that …".
  ...PRESENT_SPEECH.filter((verb) => !NOUNS_TOO.has(verb)), 'believes', 'feels', 'thinks', 'was adamant', 'was categorical', 'was emphatic', 'is adamant', 'remained adamant',
  // "X took to X to say …", "took to social media to say".
  'took to \\w+(?:\\s+\\w+)?\\s+to\\s+say', ...KISWAHILI_SPEECH]);
// "hit back", "was quoted as saying": phrases that work as one verb of speech.
// ("was quoted by the Standard as saying": the outlet may stand between.)
export const SPEECH = [...SPEECH_VERBS, 'hit back', 'hit out', 'shot back', 'fired back', 'was quoted(?:\\s+by\\s+(?:the\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,2})?\\s+as\\s+saying', 'is quoted as saying', 'continued', 'pleaded', 'appealed', 'reckoned', 'opined', 'recounted', 'narrated', 'cried', 'thundered', 'mused', 'fumed', 'countered', 'interjected', 'reminded', 'boasted', 'scoffed', 'sighed', 'acknowledged', 'demanded', 'predicted', 'concluded', 'clarified', 'reasoned', 'advised', 'chimed in', 'pointed out', 'went on', 'submitted', 'testified', 'snapped', 'exclaimed', 'shouted', 'roared', 'ruled', 'directed', ...RARER_SPEECH, ...PRESENT_SPEECH, ...KISWAHILI_SPEECH].join('|');
export const QUOTING = [...QUOTING_VERBS].join('|');
