/**
 * How news English names people and organisations, as word lists: honorifics,
 * the words titles are made of, heads of organisation and place names, speech
 * verbs. General to the language, not to any country: a country's own titles
 * and places come from its pack (`src/packs/`).
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * A table looked up by a word of the text, with no prototype: a plain object literal answers "constructor"
 * or "__proto__" with what every object has ("road constructor Governor X" had a tense word in it).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/**
 * Courtesy titles written before a name; never part of it. Kiswahili ones too
 * ("Bi", "Bw", "Mheshimiwa"), and its titles of office ("Mbunge", "Seneta", "Gavana"),
 * which English copy keeps untranslated before a surname: read as courtesy
 * words, they make no second person and no office the reader would have to translate.
 * Military ranks written as one hyphenated word ("Major-General") and "Rtd" ("retired",
 * before one: "Rtd Bishop X") are courtesy words too.
 */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr prof professor hon honourable rt honorable rev reverend fr father sir dame lady
  mama mzee madam baba haji hajji sheikh bishop archbishop cardinal pastor imam justice gen maj major col colonel
  capt captain lt brig brigadier amb ambassador eng engineer cpa arch canon ven venerable msgr monsignor
  lieutenant major-general maj-gen lt-gen lieutenant-general lt-general brigadier-general lt-col lieutenant-colonel
  rtd retd
  bi bw mheshimiwa mhe mbunge seneta gavana spika rais mwenyekiti h.e
`);

/** Churches and faiths that name whose cleric a courtesy title is: "the Catholic Bishop", "Anglican Archbishop". */
export const FAITHS = words(`
  catholic anglican methodist presbyterian lutheran orthodox evangelical pentecostal adventist baptist coptic
  quaker akorino muslim islamic christian
`);

/**
 * Courtesy titles that are also ordinary words ("Mama Mboga" is a figure of
 * speech): they mark a person only before a full name.
 */
export const WEAK_HONORIFICS = words(`mama mzee madam baba`);

/** Titles written short before a name, "Sen. X", "Gov X": title heads, but a surname at a name's end ("Amartya Sen"). */
export const ABBREVIATED_TITLES = words(`sen gov`);

/** Words that end a title: "Secretary", "Leader", "MP". */
export const TITLE_HEADS = words(`
  president premier minister governor governors gov senator senators sen mp mps mca mcas cs ps cas cec speaker secretary secretary-general
  leader whip chairman chairperson chairwoman chair chairlady treasurer director spokesperson spokesman spokeswoman
  commissioner envoy mayor representative rep legislator lawmaker aspirant candidate nominee official boss
  patron convener convenor coordinator organiser organizer member principal deputy chief counsel clerk
  administrator executive officer ceo head advisor adviser aide mate general flagbearer flag-bearer hopeful contender lady
  inspector auditor solicitor accountant registrar councillor councilor
`);

/** Words that modify a title: "Deputy", "Former", "Majority". */
export const TITLE_MODIFIERS = words(`
  deputy vice assistant acting former ex- chief special senior national executive principal majority minority
  organising organizing woman women youth cabinet prime attorney parliamentary party county running
  interim founding first second third co- nominated elected area political economic personal
  gubernatorial senatorial presidential mayoral regional administrative
`);

/** Prepositions a title can take its scope with: "Cabinet Secretary for Interior", "Speaker of the Assembly". */
export const TITLE_LINKS = words(`for of in`);

/** Last words of names of organisations that are not parties. */
export const ORGANISATION_HEADS = words(`
  assembly senate parliament court courts commission committee council authority board agency bureau fund
  ministry department directorate office service services police force forces army government republic state
  union unions federation association society institute institution foundation trust company corporation
  limited ltd plc group holdings bank bureau media tv radio fm newspaper news times post standard nation star
  university college school academy hospital clinic church cathedral mosque diocese ministries
  network agency secretariat treasury cabinet house hall centre center stadium grounds ground park arena
  resort hotel lodge club gardens plaza mall market airport station road street avenue highway bridge
  estate village town city county counties constituency ward region province district sub-county division
  location highlands valley hills hill island lake river mountain mount forest nation forum tribunal
  sector chamber act acts bill law laws constitution rules regulations report agreement accord manifesto
  charter treaty code parties registrar convention delegates caucus retreat derby match final tournament
  marathon games
  waterfront square terminal jetty pier beach museum library memorial monument mausoleum showground
  showgrounds sanctuary dam airstrip barracks polytechnic prison
  co co-operative co-operatives cooperative cooperatives sacco saccos associations societies organisation
  organisations organization organizations emirates kingdom states
  affairs agenda programme programmes strategy framework blueprint
`);

/**
 * Kiswahili nouns no one is named for, which open or close the names of funds, slogans and groups: "Pesa Mashinani",
 * "Wananchi wa Trans Nzoia", "Mwangaza Wa Elimu". (Not "amani", "uhuru", "baraka", "baraza", "linda": names too.)
 */
export const KISWAHILI_NOUNS = words(`
  wananchi mwananchi wazee vijana wakazi wanawake viongozi wabunge wakulima walimu wafanyabiashara
  pesa mashinani maendeleo elimu uchumi jamii mtaani pamoja chama tujenge wanyonge
`);

/** Words that make a party: "Orange Democratic Movement", "One Kenya Alliance". */
export const PARTY_HEADS = words(`party movement alliance coalition congress front democrats`);

/**
 * Words that make a place's name rather than a person's: "Lower Eastern", "Mt Kenya", and the points of the compass
 * in Kiswahili, which close a ward's name as "East" does ("Kolwa Mashariki", "Ruaraka Kaskazini").
 */
export const PLACE_OPENERS = words(`
  mt mount lake river north south east west northern southern eastern western central upper lower greater
  coast coastal rift port new old
  mashariki magharibi kaskazini kusini
`);

/** Nouns that open the names of operations, programmes and events: "Operation Linda Jamii", "Vision 2030". */
export const EVENT_OPENERS = words(`
  operation project programme program vision mission initiative agenda plan policy campaign scheme fund
  festival day week cup league prize award summit conference rally tour team
`);

/** Prepositions after which a capitalised name is usually a place. */
export const PLACE_PREPOSITIONS = words(`in at from to near across around outside inside via towards within`);

/** Verbs of speech that follow (or precede) the person speaking. */
export const SPEECH_VERBS = words(`
  said says told added noted argued claimed stated insisted revealed urged warned asked explained announced
  declared maintained observed lamented posed wondered charged accused vowed pledged promised dismissed
  confirmed disclosed remarked responded replied asserted alleged cautioned challenged criticised criticized
  defended emphasised emphasized indicated mentioned reiterated stressed suggested wrote tweeted posted
  assured affirmed hinted admitted conceded recalled pointed decried quipped retorted joked protested complained
`);

/** Nouns that introduce a person by their relation: "his elder brother Oburu", "running mate Martha". */
export const RELATION_NOUNS = words(`
  brother sister wife husband son daughter mother father stepmother stepfather uncle aunt cousin nephew niece
  widow widower grandson granddaughter grandmother grandfather in-law ally allies friend rival opponent
  boss predecessor successor aide confidant protege protégé lieutenant deputy mate nominee lawyer
`);

/** Nouns after a possessive that belong to a person: "Mudavadi's camp". */
export const PERSON_POSSESSIONS = words(`
  camp allies ally supporters troops soldiers brigade wife husband son daughter brother sister home
  running deputy lieutenants handlers team administration government regime presidency bid candidature
  critics backers loyalists foot stepmother mother father family office tenure leadership
`);

/** Nouns in an apposition that say the name before it is a person: "X, a senior figure in ODM". */
export const PERSON_NOUNS = words(`
  leader figure ally politician legislator lawmaker mp mca senator governor member official
  aspirant candidate chairman chairperson secretary brother sister wife husband son daughter
  mother father minister president speaker whip representative envoy activist analyst lawyer
  veteran stalwart man woman operative strategist diplomat businessman businesswoman
  cleric bishop pastor imam judge magistrate commissioner spokesperson spokesman former
`);

/** Name particles written in lower case inside a name or an organisation's name. */
export const NAME_PARTICLES = words(`la wa ya na cha of for the de da van von bin binti arap ole`);

/** Suffixes that belong to a name: "Mutula Kilonzo Jnr". */
export const NAME_SUFFIXES = words(`jnr jr snr sr ii iii iv`);

/**
 * English closed-class words: determiners, pronouns, conjunctions,
 * prepositions, auxiliaries and sentence adverbs. Capitalised only because a
 * sentence opens with them ("Neither Kamau nor …", "Unlike Otieno, …"), they
 * never begin or belong to a name. Modals that are also given names (Will,
 * May, Can) and "One" (One Kenya Alliance) are left out.
 */
export const CLOSED_CLASS = words(`
  a an the this that these those each every either neither both all any some no none few many much most
  more less least several various such same other another own whose which what whatever whichever whoever
  i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her hers
  herself it its itself they them their theirs themselves who whom
  and or nor but yet so for if unless until till because since although though while whilst whereas
  whether when whenever where wherever once as than lest after before
  about above across after against along alongside amid amidst among amongst around at before behind below
  beneath beside besides between beyond by despite down during except from in inside into like near of off
  on onto out outside over past per through throughout to toward towards under underneath unlike up upon via
  with within without according regarding concerning considering including following notwithstanding
  is are was were be been being am has have had do does did shall should would could might must
  however therefore thus hence meanwhile moreover furthermore nevertheless nonetheless instead otherwise
  indeed perhaps maybe also too very quite rather only just even still already again always never often
  sometimes usually now then here there today yesterday tomorrow tonight later earlier afterwards
  additionally consequently accordingly alternatively likewise similarly subsequently ultimately finally
  firstly secondly thirdly lastly notably apparently clearly certainly interestingly surprisingly
  not yes
`);
