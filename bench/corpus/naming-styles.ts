/**
 * How each community's names are built, read off the hand-written names in
 * names.ts, for inventing more of them: syllables, the prefixes that mark a
 * man's or a woman's name, and for Somali names the Arabic and Somali given
 * names that also serve as surnames (a father's name).
 */

/** A name is one start, then (or not) one middle, then one end: "Ka" + "ri" + "uki". */
export interface Pattern {
  starts: readonly string[];
  middles: readonly string[];
  ends: readonly string[];
}

/**
 * A community's ways to make a name; each name picks one pattern of the list.
 * Where men's and women's names share a root and differ by a prefix (Luo
 * Otieno and Atieno, Kalenjin Kiprotich and Cherotich, Luhya Wafula and
 * Nafula, Turkana Ekiru and Akiru), `root` is the shared part.
 */
export type Style =
  | { surname: readonly Pattern[]; male: readonly Pattern[]; female: readonly Pattern[] }
  | { surname: readonly Pattern[]; root: Pattern; malePrefixes: readonly string[]; femalePrefixes: readonly string[] };

const pattern = (starts: readonly string[], ends: readonly string[], middles: readonly string[] = []): Pattern => ({ starts, middles, ends });

/** Whole names, taken as they are. */
const names = (list: readonly string[]): Pattern => pattern(list, ['']);

const SOMALI_GIVEN = [
  'Aden', 'Farah', 'Omar', 'Ali', 'Ahmed', 'Abdi', 'Issa', 'Adow', 'Sugow', 'Gabow', 'Dubow', 'Hared', 'Muktar', 'Abdullahi', 'Kahiye',
  'Roble', 'Gutale', 'Ugas', 'Isaak', 'Salah', 'Ilyas', 'Bishar', 'Mursal', 'Billow', 'Sheikh', 'Abdinoor', 'Hillow', 'Sahal', 'Adawa',
];
const SOMALI_ABDI = pattern(['Abdi', 'Abdi', 'Abdul'], ['rahman', 'kadir', 'wahab', 'aziz', 'nasir', 'fatah', 'rashid', 'qani', 'salam', 'hakim', 'malik', 'karim', 'latif', 'razak', 'shakur', 'nur', 'rizak', 'weli', 'gani']);
const SOMALI_FEMALE = [
  'Fadumo', 'Khadija', 'Asha', 'Maryan', 'Safiya', 'Sagal', 'Hibo', 'Ladan', 'Ayan', 'Idil', 'Fatuma', 'Zeinab', 'Leyla', 'Ikran', 'Shukri',
  'Nimo', 'Asli', 'Hamdi', 'Samira', 'Muna', 'Najma', 'Filsan', 'Anab', 'Istahil', 'Khadra', 'Sumaya', 'Hafsa', 'Rahma', 'Faiza', 'Habiba',
];

export const STYLES: Record<string, Style> = {
  Kikuyu: {
    surname: [pattern(['Ka', 'Ga', 'Gi', 'Ki', 'Ma', 'Mu', 'Mwa', 'Nja', 'Nju', 'Ngu', 'Wa', 'Gatu', 'Githi', 'Kinya', "Ng'a", 'The'], ['u', 'i', 'a', 'o', 'ri', 'ru', 'ngi', 'nji', 'thi', 'ki', 'ga', 'uki', 'ai', 'nge'], ['ri', 'ra', 'ru', 'nge', 'ngu', 'mbu', 'thi', 'nji', 'hi', 'cha', 'ku', 'ndu', 'to', 'gu', 'ci'])],
    male: [pattern(['Ka', 'Ga', 'Gi', 'Ki', 'Ma', 'Mu', 'Mwa', 'Nju', 'Ngu', 'Wa', 'Gatu', 'Kinya', 'Nde'], ['u', 'i', 'a', 'o', 'uki', 'ai', 'ga', 'ri'], ['ri', 'ra', 'nge', 'ngu', 'mbu', 'thi', 'nji', 'cha', 'ku', 'ndu', 'hi', 'to'])],
    female: [pattern(['Wa', 'Wanji', 'Wai', 'Wamu', 'Wangu', 'Nya', 'Nje', 'Nji', 'Ga', 'Ngi', 'Mu', 'Ci'], ['ru', 'mu', 'ri', 'i', 'a', 'ra', 'ku', 'ni', 'ti', 'ka'], ['ri', 'ra', 'mbu', 'thi', 'ngu', 'ku', 'ci', 'ta'])],
  },
  Luo: {
    surname: [pattern(['O', 'O', 'O', 'A', 'Nya'], ['da', 'ch', 'ti', 'so', "ng'", 'la', 'o', 'ra', 'ngo', 'ya', 'ke', 're', 'lo', 'mbo', 'nde', 'ri', 'ng', 'wa'], ['ga', 'ke', 'ko', 'lo', 'du', 'bu', 'do', 'to', 'mo', 'ndi', 'nya', 'chie', 'dhia', 'wi', 'yie', 'si', 'gu', 'ra', 'ngo', 'ba', 'ju'])],
    root: pattern(['ti', 'chie', 'dhia', 'nya', 'mo', 'u', 'ko', 'du', 'pi', 'wu', 'gu', 'bie', 'ke', 'mi', 'ra', 'si', 'ja', 'we', 'ga', 'lu', 'yie', 'sie', 'ne', 'bo', 'ndi', 'dho', 'ngo'], ['eno', 'no', 'ng', 'mbo', 'ngo', 'ndi', 'ma', 'th', 'r', 'yo', 'tu', 'ro', 'llo', 'ko', 'ri', 'da', 'nda', 'wa', 'ch', 'la', 're', 'ke']),
    malePrefixes: ['O'],
    femalePrefixes: ['A'],
  },
  Luhya: {
    surname: [pattern(['Lu', 'Si', 'Wa', 'Ma', 'Khi', 'Kha', 'Khu', 'Shi', 'Mu', 'O', 'Ama', 'Ba', 'Ne'], ['ti', 'ma', 'la', 'nu', 'ro', 'ne', 'sa', 'ndu', 'wa', 'to', 'ngo', 'ka', 'li', 'mbi'], ['kha', 'swe', 'tu', 'ngi', 'nya', 'ko', 'li', 'ru', 'ndu', 'ke', 'si', 'mbo', 'fu', 'lo'])],
    root: pattern(['fu', 'ke', 'nyo', 'ka', 'ki', 'nja', 'li', 'mbo', 'ndi', 'si', 'ku', 'lu', 'shi', 'bu', 'khi', 'ta', 'mu', 'ngo', 'nya', 'se', 'ne', 'to', 'mi', 'ko'], ['la', 'sa', 'nyi', 'ka', 'yu', 'ta', 'mbi', 're', 'le', 'kha', 'ngu', 'na', 'ke', 'si', 'ndo', 'nje', 'lwa', 'swa', 'mbe']),
    malePrefixes: ['Wa', 'Wa', 'Si', 'Ma', 'Mu'],
    femalePrefixes: ['Na', 'Na', 'Nasi', 'Ne'],
  },
  Kamba: {
    surname: [pattern(['Nda', 'Nzi', 'Mu', 'Ki', 'Ka', 'Ma', 'Nzo', 'Mwa', 'Wa', 'Kya', 'Ndo', 'Mbi', 'Syo', 'Ngu'], ['ki', 'li', 'u', 'nga', 'va', 'mo', 'ngo', 'a', 'lo', 'si', 'ku', 'i', 'ya'], ['mbu', 'o', 'lu', 'to', 'vu', 'ti', 'si', 'la', 'ku', 'nga', 'ngo', 'mbo', 'ndi'])],
    male: [pattern(['Mu', 'Ki', 'Mbi', 'Kya', 'Kyu', 'Nzi', 'Mwa', 'Ka', 'Ma', 'Nde', 'Ngu', 'Wa'], ['nda', 'ki', 'ko', 'thi', 'o', 'lo', 'a', 'ka', 'ia', 'so', 'na', 'li', 'ku'], ['ti', 'syo', 'o', 'lu', 'nza', 'nya', 'vu', 'ngo', 'si', 'mbo'])],
    female: [pattern(['Mwe', 'Ka', 'Mwi', 'Nthe', 'Ndi', 'Mu', 'Syo', 'Nda', 'Wa', 'Nzi', 'Ma'], ['nde', 'ki', 'li', 'nya', 'nda', 'ni', 'u', 'nge', 'ta', 'a', 'ku', 'ua', 'si'], ['lu', 'ka', 'tu', 'va', 'mbu', 'ndi', 'ngu', 'nye'])],
  },
  Kalenjin: {
    surname: [pattern(['Ro', 'Ko', 'La', 'Ki', 'Ta', 'Sa', 'Chu', 'Ke', 'Mi', 'Nge', 'Tu', 'Bi', 'Ye', 'Mu', 'Se', 'Be', 'Cho', 'Ma', 'Ba', 'Ru'], ['tich', 'rir', 'gat', 'rui', 'nui', 'mboi', 'ech', 'tei', 'mo', 'ngat', 'sgei', 'rop', 'tai', 'gon', 'no', 'ny', 'ui', 'i', 't', 'ng'])],
    root: pattern(['ro', 'la', 'ke', 'ko', 'ye', 'nge', 'ta', 'chi', 'tu', 'mu', 'so', 'ki', 'ka', 'se', 'sa', 'li', 'ru', 'ma', 'to'], ['no', 'gat', 'mboi', 'tich', 'i', 'ech', 'rir', 'ui', 'on', 'ei', 'ny', 'sgei', 'ngat', 'mai', 'tai', 'rop', 'gon', 't', 'ng', 'rchir']),
    malePrefixes: ['Kip', 'Kip', 'Kip', 'Ki'],
    femalePrefixes: ['Chep', 'Jep', 'Che', 'Je'],
  },
  Kisii: {
    surname: [pattern(['Mo', 'Nya', 'Ge', 'O', 'Ma', 'Ombo', 'Ne', 'Ki', 'Bo', 'Ose', 'Mose', 'Ogu'], ['ya', 're', 'i', 'ka', 'mi', 'ta', 'ro', 'na', 'ne', 'nge', 'bi', 'ri', 'ko', 'ra'], ['ka', 'ta', 'mwe', 'si', 'so', 'nga', 'ra', 'bu', 'ke', 'nda', 'ngi', 'ba', 'ri', 'ma'])],
    male: [pattern(['Nya', 'O', 'Omwe', 'Ma', 'Omba', 'Mo', 'Ondi', 'Mosi', 'Oi', 'Ose'], ['ndi', 'ki', 'nga', 'ri', 'ti', 'ni', 'ria', 'ra', 'to', 'nge', 'ko', 'ba'], ['ku', 'ke', 'ri', 'nya', 'da', 'ga', 'bu', 'ma', 'nga'])],
    female: [pattern(['Ke', 'Mo', 'Nya', 'Bo', 'Kwa', 'Ge', 'Ma', 'Mwa'], ['bo', 'raa', 'ke', 'nto', 'ri', 'ma', 'ka', 'ina', 'rio', 'sa', 're', 'ita', 'si'], ['ru', 'mu', 'bo', 'ncha', 'ke', 'na', 'cha', 'sa', 'ri', 'mbo'])],
  },
  'Meru and Embu': {
    surname: [pattern(['Mwi', 'Ma', 'Ki', 'Mu', 'Ka', 'Mbu', 'Ga', 'Nto', 'Mbo', 'Nja', 'Nthi', 'Rwi', 'Ntu', 'Gi'], ['gi', 'te', 'tha', 'ma', 'ria', 'gu', 'a', 'bu', 'ri', 'ti', 'ga', 'ni', 'mbi'], ['ri', 're', 'au', 'tu', 'be', 'ru', 'nya', 'to', 'thu', 'i', 'go', 'mba'])],
    male: [pattern(['Mu', 'Ki', 'Gi', 'Mwi', 'Nje', 'Mbaa', 'Nka', 'Ko', 'Ka', 'Ri', 'Ntu'], ['mbi', 'ti', 'nga', 'mi', 'ki', 'ru', 'mbei', 'thi', 'bu', 'ta', 'bia', 'ria'], ['ga', 'no', 'to', 'ri', 'te', 'na', 'thi', 'ru'])],
    female: [pattern(['Ka', 'Nka', 'Ke', 'Ma', 'Ga', 'Ki', 'Nki', 'Mu', 'Ci', 'Kawi', 'Ntu'], ['re', 'tha', 'ndi', 'na', 'mi', 'ri', 'ndo', 'nya', 'te', 'ka', 'ria'], ['thu', 'ri', 'ke', 'che', 'ge', 'ro', 'ka', 'mba'])],
  },
  Maasai: {
    surname: [pattern(['Si', 'Par', 'Mei', 'Koo', 'Tum', 'Se', 'Nku', 'Le', 'Ki', 'Nka', 'Me', 'Tin', 'Sa', 'Lo', 'Pa', 'Ma'], ['nik', 'at', 'aya', 'nyo', 'pes', 'ian', 'nah', 'so', 'rian', 'siai', 'kori', 'koi', 'nkoi', 'ai', 'et', 'ok'], ['to', 'mu', 'ku', 'ke', 'rru', 'mi', 'se', 'ma', 'pu', 'ti', 'sa', 'ko', 'nte'])],
    male: [pattern(['Koi', 'San', 'Mei', 'Nkoi', 'Le', 'Lan', 'Ka', 'Si', 'Ta', 'Par', 'Sa', 'Mo'], ['ken', 'kale', 'yian', 'tiko', 'shan', 'kas', 'ine', 'ka', 'jeu', 'kai', 'sian', 'ni', 'nkai', 'tet'], ['le', 'te', 'ti', 'ron', 'sai', 'ke', 'ru', 'sha', 'pa'])],
    female: [pattern(['Na', 'Nai', 'Sin', 'Naa', 'Re', 'Si', 'Noo', 'Se', 'Soi', 'Nas', 'Nam'], ['rian', 'pae', 'mei', 'esha', 'nyu', 'to', 'ti', 'toi', 'pa', 'iya', 'nyak', 'la', 'yio'], ['se', 'shi', 'ta', 'lo', 'nki', 'lan', 'ne', 'mu', 'ku', 'sia'])],
  },
  Mijikenda: {
    surname: [pattern(['Mwa', 'Chi', 'Je', 'Ka', 'Mwe', 'Tho', 'Ngu', 'Ma', 'Mba', 'Dzo', 'Nza', 'Ki', 'Sha', 'Tsu', 'Ba', 'Ri'], ['wa', 'tsi', 'fwa', 'me', 'ri', 'ya', 'o', 'ngi', 'ru', 'mbo', 'ga', 'uri', 'ma', 'dzo'], ['ru', 'va', 'lu', 'mba', 'ra', 'tsu', 'ngo', 'dze', 'ri', 'wa', 'nga'])],
    male: [pattern(['Ka', 'Che', 'Cha', 'Ke', 'Nga', 'Tsu', 'Mwa', 'Ko', 'Ba', 'Ri', 'Dza', 'Ki'], ['ngu', 'ngo', 'sa', 'na', 'ndi', 'ro', 'nga', 'la', 'ma', 'be', 'ri', 'ya'], ['zu', 'ri', 'ta', 'hi', 'ru', 'chi', 'mbe', 'nga'])],
    female: [pattern(['Ka', 'Da', 'Si', 'Mwana', 'Nda', 'Me', 'Sa', 'Kahe', 'Tsa', 'Ri'], ['dzo', 'ma', 'di', 'che', 'bibi', 'nzi', 'ngu', 'ya', 'mi', 'ze', 'ri', 'ha'], ['dzo', 'bi', 'ho', 'che', 'mbe', 'zi'])],
  },
  Somali: {
    surname: [
      names(SOMALI_GIVEN),
      SOMALI_ABDI,
      pattern(['Ga', 'Du', 'Su', 'Hi', 'De', 'Gu', 'Bu', 'Ma', 'Mu', 'Ro', 'Ha', 'Sha', 'Ku', 'Da', 'Ba', 'Ka', 'Wa', 'Ade', 'Far', 'War', 'Ge'], ['ow', 'bow', 'gow', 'low', 'kow', 'rey', 'ney', 'lad', 'rah', 'den', 'dow', 'sow', 'ley', 'le', 'rre', 'ane', 'rale', 'leh', 'same', 'dir', 'leid']),
    ],
    male: [SOMALI_ABDI, names(SOMALI_GIVEN)],
    female: [names(SOMALI_FEMALE)],
  },
  Turkana: {
    surname: [pattern(['E', 'Lo', 'A', 'Na', 'E', 'Lo'], ['tela', 'le', 'len', 'gae', 'pelo', 'no', 'koi', 'do', 'a', 'ng', 'lio', 'nikor', 'kwang', 'kai', 'mor', 'bei', 'ton', 'yok'], ['ki', 'ngo', 'mu', 're', 'ka', 'ke', 'tu', 'cho', 'pu', 'ko', 'ma', 'pe', 'wo', 'ri', 'bo', 'la'])],
    root: pattern(['ka', 'kwa', 'ki', 'wo', 'ko', 'ta', 'ri', 'si', 'be', 'pe', 'mo', 'ro', 'bo', 'nga', 'le', 'ya', 'kiru', 'kido', 'mu'], ['i', 'ng', 'ru', 'dor', 'rio', 'bo', 'ale', 'te', 'ke', 'nyo', 'le', 'yok', 'ran', 'wi', 'it', 'ton', 'kai', 'mor']),
    malePrefixes: ['E', 'E', 'Lo'],
    femalePrefixes: ['A', 'Na'],
  },
};
