/**
 * The words news English states a party tie in, as patterns read against the
 * text around a person mention (src/pipeline/extract/ties/ties.ts reads them):
 * joining and leaving, belonging, leading and chairing, tickets, offices
 * before and after a name, lists of nominees. Each says what it matches.
 */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** "on Thursday, November 20,", "on 12 March", "in June 2024": the date of a move, which news English puts before its verb, a comma after it or none. */
const DATED = String.raw`(?:on\s+(?:[A-Z][a-z]+day(?:\s*,\s*(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH}))?|${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:\s*,\s*\d{4})?|in\s+(?:${MONTH}(?:\s+\d{4})?|\d{4}))\s*,?`;
/** Words that may stand between a person and a verb of joining or leaving: "has officially", "on Monday, March 3,". */
const ADVERBS = String.raw`(?:(?:has|had|have|recently|officially|formally|later|then|also|finally|reportedly|eventually|quietly|publicly|subsequently|since|last\s+\w+|yesterday|today|${DATED})\s+)*`;
/** "X, the former MP," or "X, who": what may stand between a person and their verb. */
// (", popularly known as “Baba Mboga”,", ", alias “Mzee wa Kazi”,": a nickname in quotation marks is an apposition too.)
const SUBJECT_GAP = String.raw`(?:\s*,[^,;.“”"]{1,80},|\s*,\s*(?:(?:popularly|commonly|widely|better)\s+)?(?:known\s+as|alias|nicknamed|dubbed)\s+[“"][^“”"]{1,40}[”"]\s*,)?\s*(?:,\s*who\s+)?`;
// ("ended a 12-year association with P", "parted ways with P", "cut ties with P", "renounced her membership of P": a tie ended,
// however the move is worded.)
const ENDED_TIE = String.raw`(?:parted\s+ways|(?:cut|severed|broke|snapped)\s+(?:all\s+)?(?:(?:his|her|their)\s+)?(?:political\s+)?ties|ended\s+(?:(?:his|her|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:association|relationship|affiliation|membership|stint|romance))\s+with|(?:renounced|ended|resigned|gave\s+up|surrendered|withdrew)\s+(?:his|her|their)\s+membership\s+(?:of|in|from)`;
export const LEAVE = new RegExp(`^${SUBJECT_GAP}${ADVERBS}(?:decamped|defected|ditched|quit|quits|dumped|deserted|abandoned|resigned|exited|crossed(?:\\s+over)?\\s+from|walked\\s+out|walked\\s+away|jumped\\s+ship|bolted|(?:(?:has|had|have)\\s+)left|(?:was\\s+|has\\s+been\\s+)?(?:expelled|kicked\\s+out|thrown\\s+out)|announced\\s+(?:his|her)\\s+exit|${ENDED_TIE})\\s+(?:from\\s+|of\\s+)?(?:the\\s+)?$`, 'i');
/** "X, a lawyer, left ODM for the PUP-K": a bare "left", said of a party only when the party moved to follows. */
export const LEFT_BARE = new RegExp(`^${SUBJECT_GAP}${ADVERBS}left\\s+(?:the\\s+)?$`, 'i');
/** "X, speaking to Kenyans.co.ke after the rally, said": an aside, a web address's dots allowed. */
const SAID_GAP = String.raw`(?:\s*,(?:[^,;.“”"]|\.(?=\S)){1,80},)?\s*`;
/** "X, speaking after the rally, said she had left ODM": the person reports their own move. */
// ("announced he was quitting P to join Q", "said on Tuesday that she was leaving P for Q": the move told as it was made.)
export const SAID_LEFT = new RegExp(`^${SAID_GAP}(?:also\\s+)?(?:said|says|confirmed|announced|revealed|explained)\\s+(?:(?:on\\s+\\w+day|yesterday)\\s+)?(?:that\\s+)?(?:he|she)\\s+(?:(?:had|has)\\s+(?:officially\\s+|formally\\s+)?(?:left|quit|ditched|dumped|decamped\\s+from|defected\\s+from)|was\\s+(?:officially\\s+|formally\\s+)?(?:quitting|leaving|ditching|dumping|decamping\\s+from|defecting\\s+from))\\s+(?:the\\s+)?$`, 'i');
export const SAID_JOINED = new RegExp(`^${SAID_GAP}(?:also\\s+)?(?:said|says|confirmed|announced|revealed|explained)\\s+(?:that\\s+)?(?:he|she)\\s+(?:had|has)\\s+(?:officially\\s+|formally\\s+)?joined\\s+(?:the\\s+)?$`, 'i');
// ("X was received into UDA", "was formally welcomed into the P": the party's side of the same move.)
// ("was unveiled as the newest member of the KSP", "was welcomed as a new member of P": the same move, told as a new standing.)
// ("X on Sunday returned to ODM", "X has rejoined Jubilee": a party joined again.)
export const JOIN = new RegExp(`^${SUBJECT_GAP}${ADVERBS}(?:joined|joins|rejoined|returned\\s+to|went\\s+back\\s+to|(?:decamped|defected|moved|switched|switched\\s+allegiance|shifted(?:\\s+allegiance)?|crossed(?:\\s+over)?|jumped\\s+ship|migrated|bolted)\\s+to|(?:was|were|(?:has|have|had)\\s+been)\\s+(?:formally\\s+|officially\\s+)?(?:(?:received|welcomed)\\s+into|(?:unveiled|welcomed|received|presented|registered)\\s+as\\s+(?:the|an?)\\s+(?:newest|new|latest)\\s+(?:card-carrying\\s+)?member\\s+of))\\s+(?:the\\s+)?$`, 'i');
/** "X, who belongs to the Wiper Democratic Movement", "X is a member of P", "who is affiliated with ODM". */
export const BELONGS = /^(?:\s*,\s*who\s+(?:also\s+)?|\s+(?:also\s+)?)(?:belongs\s+to|(?:is|has\s+been|remains)\s+(?:a\s+(?:card-carrying\s+|registered\s+|life\s+|founding\s+)?member\s+of|affiliated\s+(?:to|with)))\s+(?:the\s+)?$/i;
/** "'s five nominees for the EALA include", " aspirants for the Kisumu Central seat, among them": a party's list of candidates. */
export const NOMINEES_OF = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:nominees|candidates|aspirants|flag-?bearers)\b[^.;:“”"]{0,80}?(?:\s+(?:include|includes|included|are|were)|,\s*(?:among\s+them|including))\s+/u;
/** "ODM nominees X, Y and Z": a party's plural of candidates, the list right after it. */
export const NOMINEES_NAMED = /^\s+(?:nominees|candidates|aspirants|flag-?bearers)\s+(?=\p{Lu})/u;
/** "nominees for the EALA", "for the EALA seats": seats in the regional parliament, won by a vote of the National Assembly. */
export const REGIONAL_SEATS = /\bfor\s+the\s+(?:EALA|East\s+African\s+Legislative\s+Assembly)\b/;
/** The regional parliament by its own name, however the sentence wrote it: its acronym may be read as a party's where the article does not define it. */
export const REGIONAL_PARLIAMENT = 'East African Legislative Assembly';
/** Between two names of a list: a comma or "and", and a title before the next name. */
export const LIST_GAP = /^\s*(?:,|,?\s*and)\s*(?:(?:former|ex-|the)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** "X, a one-time Rwathia MCA who defected from UDA to the KUP,": the apposition's "who" leaves the party named next. */
export const APPOSITION_WHO_LEFT = /^\s*,\s*(?:an?|the)\s+[^,;.“”"]{1,80}?\s+who\s+(?:(?:recently|formally|officially|later|then|also|has\s+since|has|had)\s+)?(?:decamped|defected|switched|crossed\s+over|moved)\s+from\s+(?:the\s+)?$/i;
// ("X, a DAP-K official who defected to ODM last week,": a move to the party, as "who joined" it.)
export const APPOSITION_WHO_JOINED = /^\s*,\s*(?:an?|the)\s+[^,;.“”"]{1,80}?\s+who\s+(?:(?:recently|formally|officially|later|then|also|has\s+since|has|had)\s+)?(?:joined|rejoined|returned\s+to|(?:decamped|defected|switched|crossed\s+over|jumped\s+ship)\s+to)\s+(?:the\s+)?$/i;
/** "X has not formally resigned from UDA": a membership the text says goes on. */
export const NOT_LEFT = new RegExp(`^${SUBJECT_GAP}(?:has|have|had)\\s+not\\s+(?:yet\\s+)?(?:formally\\s+|officially\\s+)?(?:left|quit|resigned\\s+from|ditched|decamped\\s+from|defected\\s+from)\\s+(?:the\\s+)?$`, 'i');
/** "X, who left Jubilee in 2024, …": a plain past in a clause about X. */
// ("X, a former Lurambi MP who left ODM for UDA in 2021": the apposition's "who" is X.)
export const WHO_LEFT = /^(?:(?:\s*,[^,;.“”"]{1,60})?\s*,\s*who|\s*,\s*(?:an?|the)\s+(?:(?!\b(?:to|of|for|with)\b)[^,;.:“”"]){1,80}?\s+who)\s+(?:(?:recently|formally|officially|later|quietly|then|also)\s+)?(?:left|quit|ditched)\s+(?:the\s+)?$/i;
/** "X, the P chairperson, who quit the party in June": "the party" is the one the person's own office is in (or "who was kicked out of the party"). */
// ("who was elected on a Wiper ticket in 2022 but quit the party for the JLW": the move after "but", in the same clause.)
export const WHO_LEFT_THE_PARTY = /^(?:\s*,[^,;.“”"]{1,80}?(?=\s*,\s*who\s|\s+who\s))?\s*(?:,\s*|\s)who\s+(?:[^,;.:“”"]{1,100}?\s+but\s+)?(?:(?:recently|formally|officially|later|quietly|then|also)\s+)?(?:left|quit|ditched|decamped\s+from|defected\s+from|(?:was|has\s+been|had\s+been)\s+(?:kicked\s+out\s+of|thrown\s+out\s+of|expelled\s+from))\s+the\s+(?:party|outfit)\b/i;
/** "…, who quit the party in June and has since joined Wiper": the move's second half, the same subject. */
// ("who quit the party in October to join the National Reform Movement": the move in one clause.)
// ("quit the party for the JLW": the party moved to, after "for".)
export const SINCE_JOINED = /^\s+(?:[^.;“”"]{0,40}?\s+and\s+(?:has|had)\s+(?:since\s+|now\s+|also\s+)?joined|(?:[^.;,“”"]{0,40}?\s+)?to\s+join|for)\s+(?:the\s+)?$/i;
/** "X, who was elected on an ODM ticket in 2022 but now chairs P's National Elections Board": an office after "but". */
// ("who served as Foreign Affairs CS between 2013 and 2015 and now chairs the P's technical committee": "and now" too.)
export const CHAIRS_BUT = /^\s*,\s*who\s+[^,;.:“”"]{1,100}?\s+(?:but|and)\s+(?:now\s+|currently\s+)?(chairs|leads|heads)\s+(?:the\s+)?$/i;
/** "P has fronted former Speaker X", "… fronted TMDP leader X": only titles and their places between the verb and the name. */
// ("has fronted businessman X", "a retired teacher": an occupation, lower case, before the name.)
// ("Jubilee has handed its Kangema ticket to X", "has given the ODM ticket to X": the party's candidate, as fronted.)
export const FRONTED = /^\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:fronted|fielded|(?:handed|given|awarded)\s+(?:its|the(?:\s+party['’]s)?)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:parliamentary\s+|senatorial\s+|gubernatorial\s+|governorship\s+|presidential\s+)?(?:ticket|nomination(?:\s+certificate)?)\s+to)\s+(?:(?:former|ex-|the|its|area|nominated|leader|chair\w*|secretary-general|a|retired|businessman|businesswoman|lawyer|advocate|teacher|farmer|pastor|doctor|engineer|economist|accountant|activist|banker|journalist|lecturer|tycoon|entrepreneur|\p{Lu}[\p{L}.'’-]*)\s+){0,6}$/u;
/** ", led by former Senator X," between the party and the verb: an aside of the party's own. */
export const LED_ASIDE = /^\s*\)?\s*,\s*(?:led|chaired|headed)\s+by\s+[^,;.:“”"()]{1,80},/u;
/** "UDA's nominee for the Kangema seat is X", "The ODM candidate for the seat is X": the party's candidate, told the other way round. */
// ("The ODM ticket went to X", "The UDA ticket for the Kinango by-election went to X": the ticket given, told the same way round.)
export const CANDIDATE_IS = /^(?:['’]s)?\s+(?:(?:nominee|candidate|flag-?bearer)\s+(?:for\s+(?:the\s+)?[^,;.:“”"()]{1,40}?\s+)?(?:is|was)|(?:parliamentary\s+|senatorial\s+|gubernatorial\s+|governorship\s+)?(?:ticket|nomination)\s+(?:for\s+(?:the\s+)?[^,;.:“”"()]{1,40}?\s+)?(?:went|has\s+gone|had\s+gone)\s+to)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?(?:(?:former|ex-|nominated|businessman|businesswoman|lawyer|\p{Lu}[\p{L}.'’-]*)\s+){0,4}$/u;
/** Between two names a party fronted: an apposition set off by commas may follow the first ("X, a one-time envoy, and Y"). */
export const FRONTED_NEXT = /^(?:\s*,[^,;.“”"()]{1,100},)?\s*(?:,|,?\s*and)\s*(?:(?:former|ex-|the)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** "(UDA-Baringo)": a party's acronym glued to the county of the seat. */
export const PARTY_BRACKET = /^\s*\((\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu})?)-(\p{Lu}\p{Ll}[\p{L}'’ ]{1,30})\)/u;
/** The seats a bracketed county is the place of: "Senator X (ODM, Siaya)". */
export const COUNTY_SEATS = /^(?:Senator|Governor|Deputy Governor|Woman Representative)$/;

/** After leaving P: "to Q", "for Q", "in December to join Q". */
// ("to the ruling Jubilee Party": a word for the party's standing between.)
export const TO_NEXT = /^\s+(?:(?:to|for)\s+|[^.;,]{0,40}?\bto\s+join\s+)(?:the\s+)?(?:ruling\s+|governing\s+|main\s+opposition\s+|opposition\s+)?$/i;
export const CHAIRS = /^\s*,\s*who\s+(?:now\s+|currently\s+|also\s+)?(chairs|leads|heads)\s+(?:the\s+)?$/i;
/** "P's national elections board", "P's council": an organ of the party, whose chair is no chair of the party. */
// (Written in capitals too: "who chairs UDA's National Elections Board".)
/** The head word of a party organ's name: "Women's League", "Youth Wing", "National Elections Board". */
export const ORGAN_HEAD = /\b(?:League|Wing|Board|Council|Committee|Secretariat|Caucus|Directorate)$/;
export const ORGAN = /^['’]s\s+((?:[\p{L}-]+\s+){0,3}(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Tt]ribunal|[Ss]ecretariat|[Cc]aucus|[Ll]eague|[Ww]ing|[Dd]irectorate))\b/u;
/** "The PPK's national elections board, which is chaired by Rev X": the organ named before its chair. */
export const ORGAN_CHAIRED_BY = /^['’]s\s+((?:[\p{L}-]+\s+){0,3}(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Tt]ribunal|[Ss]ecretariat|[Dd]irectorate))\s*,\s*which\s+is\s+(?:now\s+)?(?:chaired|headed)\s+by\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u;

/** "Nairobi Branch Chairman" → "Chairman": the words of the office, a branch's place and the word "branch" left out. */
export function officeWords(written: string): string {
  const words = written.trim().split(/\s+/);
  let start = words.length - 1;
  while (start > 0 && /^(?:deputy|vice|vice-\w+|national|executive|acting|party|organising|organizing|assistant)$/i.test(words[start - 1] as string)) start--;
  return words.slice(start).join(' ');
}

export function titleCase(words: string): string {
  return words.split(/\s+/).map((word) => (word[0] ?? '').toUpperCase() + word.slice(1)).join(' ');
}

/** "X, who once chaired the TMP", "X, who previously led P": an office the person held before. */
export const CHAIRED = /^\s*,\s*who\s+(?:once|previously|formerly)\s+(chaired|led|headed)\s+(?:the\s+)?$/i;
/** "X, who was nominated to the Kilifi County Assembly by UP-K": a party's nomination is a candidacy. */
// ("She was nominated to the assembly by ODM in 2017": the sentence's own verb, its subject the person.)
export const NOMINATED_BY = /^(?:\s*,\s*who\s+|\s+)(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?nominated\s+(?:to\s+[^,.;“”"]{1,60}?\s+)?by\s+(?:the\s+)?$/i;
/** "X won the seat on an ODM ticket but has been allied to the NDM-K": the subject goes on after "but" or "and". */
export const GOES_ON = /^\s+[^.;,“”"]{1,80}?\s+(?:but|and)\s+(?=\S)/;
/** "The outgoing ODM Kilifi branch chairman, X,": a party office written before the name, set off by a comma. */
/** (Also "The ODM chairperson in Kisii County, X,": the branch's county after the office.) */
// ("the PUP-K's secretary-general, Hon. X,": an honorific after the comma, before the name.)
// ("the UDA Women's League chairperson in Migori, X,": an organ's capitalised name before the office, kept; a place after "in".)
// ("The TIP's acting Nakuru branch chairperson, X,": a word dating the office before the branch's place, kept with the office.)
export const OFFICE_BEFORE = /^(?:['’]s)?\s+((?:acting|interim|outgoing|incoming|new|former|immediate\s+former)\s+(?=\p{Lu}))?((?:\p{Lu}[\p{L}'’-]*\s+){0,2})(?:branch\s+)?((?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+County)?)?\s*,\s*(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms|Rev|Amb|CPA|Sen)\.?\s+){0,2}$/u;
/** "X, who was seeking the post of National Chairman", "eyeing the position of Secretary-General". */
export const POST_SOUGHT = /^\s*,\s*who\s+(?:is|was|has\s+been|had\s+been)\s+(?:seeking|eyeing|vying\s+for|gunning\s+for|contesting\s+for|contesting)\s+the\s+(?:post|position|seat|office)\s+of\s+((?:\p{Lu}[\p{L}-]*\s*){1,4}?)(?=[,.;]|\s+\p{Ll}|$)/u;
/** "TMP-allied Nyeri Town MP X", "HDM-affiliated MCA X": a party glued to the word that ties the person after it. */
export const GLUED = /^-(allied|aligned|leaning|affiliated)\s+((?:[\p{L}.'’-]+\s+){0,8})$/u;
/** "HDM legislators led by X", "TMP MPs, led by X": one of the party's members leads them. */
export const MEMBERS_LED_BY = /^\s+(?:legislators|lawmakers|mps|mcas|senators|members|politicians|leaders|aspirants|delegates|officials)\s*,?\s+led\s+by\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){0,4}$/iu;
/** Titles that are a seat or a standing, not an office in the party that goes with them: "TMP lawmaker X", "UDA MP X", "the Jubilee governor". */
export const SEATS = /^(?:MP|MCA|Senator|Governor|Deputy Governor|Woman Representative|Lawmaker|Legislator|Member|Politician|Representative|(?:Party )?Official)$/;
/**
 * Standings in a party that are no office of it: "TMP lawmaker X", "X, a long-serving ODM official" (which office the
 * official holds, the words do not say).
 */
export const STANDINGS = /^(?:Lawmaker|Legislator|Member|Politician|(?:Party )?Official)$/;
/** "X, an ally of P", "X, who is allied to P", "X, a first-term MP allied to the HUP". */
// ("X, who was elected on an ODM ticket but is now allied to the P": the clause about X goes on after "but".)
// ("X, a former Hamisi MP who is allied to ANC", "X, a UDA MCA who has been openly allied to the MPK": the apposition's "who"
// is X; an aide, an ally or a relative "of" or "to" someone else is not.)
export const ALLY = /^(?:\s*,\s*who\s+[^.;:“”"]{1,100}?\s+(?:but|and)\s+(?:is|has\s+been|remains)\s+(?:now\s+)?(?=allied|aligned|an?\s|the\s|close|staunch|key|loyal)|\s*,\s*(?:an?|the)\s+(?:(?!\b(?:to|of|for|with)\b)[^,;.:“”"]){1,80}?\s+who\s+(?:is|has\s+been|remains)\s+(?:now\s+|also\s+)?(?=allied|aligned|openly|closely)|\s*,\s*an?\s+(?:[\w-]+\s+){0,2}(?:mp|mca|senator|legislator|lawmaker|politician|leader|governor|aspirant)\s+(?=allied|aligned)|\s*,\s*(?:who\s+(?:is|was)\s+|both\s+)?|\s+(?:is|was|has\s+been|remains|are|were)\s+)(?:an?\s+|the\s+)?(once\s+|former\s+)?(?:close\s+|closely\s+|openly\s+|staunch\s+|key\s+|loyal\s+|known\s+|long-time\s+)?(?:ally\s+of|allies\s+of|allied\s+(?:to|with)|aligned\s+(?:to|with))\s+(?:the\s+)?$/i;
/** "X has since joined hands with P", "X teamed up with P": working with the party, not in it. */
export const JOINED_HANDS = new RegExp(`^${SUBJECT_GAP}${ADVERBS}(?:(?:joined|joins)\\s+hands|teamed\\s+up|(?:threw|has\\s+thrown)\\s+in\\s+(?:his|her|their)\\s+lot|allied\\s+(?:himself|herself|themselves))\\s+with\\s+(?:the\\s+)?$`, 'i');
/** "X said he would remain in P", "X, who remains in P,", "X will stay in P": a membership the text says goes on. */
export const REMAINS_IN = new RegExp(`^(?:${SAID_GAP}(?:said|says|insisted|maintained|vowed)\\s+(?:that\\s+)?(?:he|she)\\s+(?:would|will)\\s+|\\s*,\\s*who\\s+(?:still\\s+)?|\\s+(?:still\\s+)?(?:will\\s+|would\\s+)?)(?:remain|remains|stay|stays)\\s+(?:firmly\\s+)?in\\s+(?:the\\s+)?$`, 'i');
// ("the BUP, the Coast-based outfit led by former Kwale County Woman Representative X": a word for the party, a longer title.)
export const LED_BY = /^\)?\s*,?\s*(?:(?:the|an?)\s+(?:[\p{L}-]+\s+){0,2}?(?:party|outfit)\s+)?(?:(?:which|that)\s+(?:is|was|has\s+been)\s+)?(now\s+|currently\s+|then\s+|formerly\s+|previously\s+)?led\s+by\s+(?:[\p{L}'’-]+\s+){0,6}$/iu;
/** "The P (…) was registered in 2021 and is led by X": a clause about the party, then its leader. */
export const SUBJECT_LED_BY = /^(?:\s*\([^()]{1,40}\))?\s+(?:was|is|has\s+been)\s+[^,.;:“”"()]{1,80}?\s+and\s+(?:is\s+)?(now\s+|currently\s+)?led\s+by\s+(?:[\p{L}-]+\s+){0,4}$/u;
/** "The UNC is led by X", "The UNC, which was registered in 2025, is led by X": the party the sentence is about, led now. */
export const SUBJECT_IS_LED_BY = /^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:which|that)\s+[^,.;:“”"()]{1,80},)?\s+(?:is|has\s+been)\s+(now\s+|currently\s+)?led\s+by\s+(?:[\p{L}-]+\s+){0,4}$/u;
export const X_LED = /^-led\s+(?:the\s+)?/i;
export const X_LED_PARTY = /^-led\s+(?:party|outfit|coalition|alliance|faction)\b/i;
/** "on a UDA ticket", "elected on UDA tickets", "will seek the Wiper ticket", "will fly the JRC flag". */
// ("who is also eyeing the ODM ticket for the Siaya Senate seat": eyeing a ticket is seeking it.)
export const TICKET_BEFORE = /\b(?:on|seek|seeks|seeking|sought|eye|eyes|eyeing|eyed|won|win|wins|clinched|bagged|handed|got|get|for|fly|flies|flew|flying)\s+(?:(?:an?|the|his|her|their)\s+)?$/i;
// ("on a Haki na Usawa Party (HUP) ticket": the acronym in brackets between.)
// ("will fly the Jamhuri Reform Congress (JRC) flag": a party's flag flown in a race is its ticket.)
export const TICKET_AFTER = /^(?:\s*\([^()]{1,12}\))?\s+(?:tickets?|flag)\b/i;
/** "as the party's National Chairman", "as its incoming Secretary-General": an office named with its party. */
export const AS_OFFICE = /^(?:\s*,[^,.;“”"]{1,60},(?=\s+as\s))?\s*(?:,\s*|\s+as\s+)(?:the\s+)?(?:party['’]s|its)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=[,.;]|\s+(?:and|who|to|in|on|at|for|with|by|after|before|when|while|but)\b|$)/u;
/**
 * "X, who was unveiled in January as the party's presidential candidate", "X would take over as its incoming
 * Secretary-General": the office given after a verb of the person's own clause.
 */
export const AS_OFFICE_AFTER_VERB = /^(?:\s*,[^,.;“”"]{1,60}(?=\s*,\s*who\s)|\s*,[^,.;“”"]{1,60},)?(?:\s*,\s*who\s+|\s+)(?:(?:(?:was|has\s+been|had\s+been|is|will\s+be|would\s+be)\s+(?:also\s+|formally\s+|officially\s+|later\s+)?(?:unveiled|named|endorsed|confirmed|picked|appointed|elected|installed|chosen|presented)(?:\s+(?:in|on|last)\s+\p{Lu}\p{Ll}+)?)|(?:(?:will|would|is\s+to|is\s+set\s+to|shall)\s+take|takes|took)\s+over)\s+as\s+(?:the\s+)?(?:party['’]s|its)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=[,.;]|\s+(?:and|who|to|in|on|at|for|with|by|after|before|when|while|but)\b|$)/u;
/** "endorsed X as Party Leader", "elected X, the former Kiambu Senator, as PPK Chairperson": a capitalised office after "as". */
// ("confirmed X as Party Leader of the DAPK", "… of the Maendeleo Front": the party's acronym or name may follow the office.)
export const AS_TITLE = /^(?:\s*,[^,.;“”"]{1,60},(?=\s+as\s))?\s+as\s+(?:the\s+)?(?:(\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu}+)?)\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)(?:\s+of\s+(?:the\s+)?(\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu}+)?|\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}'’-]*){1,5}))?(?=[,.;]|\s+(?:and|who|to|in|on|at|for|with|by|after|before|when|while|but)\b|$)/u;
/** "named X, a former Deputy Governor, as interim chairman", "appointed X as acting treasurer": a party office in lower case, no party named. */
export const AS_LOWER_OFFICE = /^(?:\s*,[^,.;“”"]{1,60},(?=\s+as\s))?\s+as\s+(?:the\s+)?(?:party\s+)?((?:(?:interim|acting|new|deputy|national|vice)\s+)*(?:chair(?:man|woman|person|lady)?|vice-chair\w*|secretary-general|treasurer|organi[sz]ing\s+secretary|leader))(?=[,.;]|\s+(?:and|until|till|pending|with|in|on|at|for|after|before|when|while|but)\b|$)/u;
/** "… as Party Leader and as the party's presidential candidate": a second office of the same person. */
// ("… and endorsed her as the party's presidential candidate": the same person, by a pronoun after a verb that gives an office.)
export const AND_AS = /^\s+and\s+(?:(?:endorsed|named|declared|unveiled|picked|confirmed|nominated)\s+(?:her|him)\s+)?as\s+(?:the\s+)?(?:party['’]s|its)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=[,.;]|\s+(?:and|who|to|in|on|at|for|with|by|after|before|when|while|but)\b|$)/u;
/**
 * "X was elected Secretary-General of the PPK", "Ms X was elected CCW-K chairperson", "X, the Nyali MP, remains the HUP
 * Party Whip": an office taken or held, named with its party; an apposition may stand between.
 */
// ("X, who doubles as the Deputy Party Leader of the P", "X, who was elected Secretary-General of the P in May": the person's own clause.)
export const WAS_ELECTED = /^(?:\s*,[^,.;“”"]{1,60},)?(?:\s*,\s*who)?\s+(?:remains\s+(?=the\s)|is\s+(?:also\s+|still\s+)?(?=the\s)|(?:also\s+)?(?:doubles|serves)\s+as\s+(?=the\s)|(?:was|has\s+been|had\s+been|is)\s+(?:(?:unanimously|formally|officially|also)\s+)?(?:elected|re-elected|appointed|named|installed|confirmed)\s+(?:as\s+)?)(?:the\s+)?/i;
/** "elected Hon. X", "endorsed Dr X": a verb that gives the person after it an office, honorifics and titles between. */
export const GIVES_OFFICE = /\b(?:elected|re-elected|endorsed|reaffirmed|ratified|retained|named|appointed|picked|unveiled|confirmed|installed|chose|chosen)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** The offices a party elects: "Party Leader", "National Chairman", "Deputy Secretary-General", "Party Whip". */
export const PARTY_OFFICE = /^(?:(?:Deputy|Vice|Vice-|National|Executive|Acting|Party)\s*)*(?:Party Leader|Leader|Chair\w*|Vice-Chair\w*|Secretary-General|Treasurer|Organi[sz]ing Secretary|Whip|Spokes\w+)$/;
/** "X, who will serve as Deputy Party Leader": an office not yet taken up, in the party of the sentence. */
export const WILL_SERVE = /^(?:\s*,[^,.;“”"]{1,60})?\s*,\s*who\s+will\s+(?:serve|act|deputise)\s+as\s+(?:the\s+)?(?:party['’]s\s+|its\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)/u;
export const OFFICE_AFTER = /^['’]s\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=[,.;]|\s+(?:and|who|to|in|on|at|for|with|by|after|before|when|while|but)\b|$)/u;
/** "its leader, X", "and its secretary-general, X": the office just before the name. */
// ("The party's chairperson, X," and "Its leader, X," open their sentence too.)
// ("The party's secretary-general, Hon. X,": an honorific after the comma, before the name.)
export const ITS_OFFICE = /\b([Ii]ts|[Tt]he\s+party['’]s)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s*,\s*(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms|Rev|Amb|CPA|Sen)\.?\s+){0,2}$/u;
/** "'s National Chairman, ", "'s Deputy Secretary-General, ": an office written in capitals after a party's possessive, set off by a comma. */
// (Only the words of a national office: "ODM's Nairobi Branch Chairman" is no Chairman of ODM.)
export const CAPITAL_OFFICE_BEFORE = /^['’]s\s+((?:acting|interim|outgoing|incoming|new|former|immediate\s+former)\s+)?((?:(?:Former|National|Deputy|Vice|Assistant)\s+){0,2}(?:Party\s+Leader|Leader|Chairman|Chairperson|Chairwoman|Chair|Vice-Chairman|Vice-Chairperson|Secretary-General|Secretary\s+General|Treasurer|Organising\s+Secretary|Executive\s+Director))\s*,\s*(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms|Rev|Amb|CPA|Sen)\.?\s+){0,2}$/u;
/** " (HAMAP), whose leader, ", "), whose secretary-general, ": the party's office, told in a clause about the party. */
export const WHOSE_OFFICE = /^(?:\s*\([^()]{1,20}\)|\))?\s*,\s*whose\s+()((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s*,\s*(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms|Rev|Amb|CPA|Sen)\.?\s+){0,2}$/u;
/**
 * ", former Kisauni MP ", ", Nyeri Town MP Dr ": the person's own seat, written between an office set off by a comma
 * and the name ("Its leader, former Kisauni MP X"); the office is the person's as if the name stood right after it.
 */
const OWN_SEAT_AFTER_COMMA = /,\s*(?:(?:former|immediate\s+former|ex-|nominated)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:MP|MCA|Senator|Governor|Deputy\s+Governor|Woman\s+Rep(?:resentative)?|Speaker|Deputy\s+Speaker)\s+(?:(?:Hon|Dr|Prof|Eng|Mr|Mrs|Ms|Rev|Amb)\.?\s+){0,2}$/u;

/** The words before a person with their own seat taken out, when the run read one: ", former Kisauni MP " becomes ", ". */
export function ownSeatOff(role: { title: string } | undefined, written: string): string {
  return role && SEATS.test(role.title) && written.includes(',') ? written.replace(OWN_SEAT_AFTER_COMMA, ', ') : written;
}

/**
 * After a party, a noun makes it an attribute ("left the ODM offices", "joined UDA leaders at a rally"): the statement is
 * about the noun. So does a word glued to it that makes it the holder of a body ("who chairs the UDA-dominated committee").
 */
export const ATTRIBUTE = /^(?:-(?:dominated|controlled|majority|run)\b|\s+(?:offices?|headquarters|hq|meeting|meetings|rally|rallies|event|gathering|secretariat|members?|supporters?|officials?|leaders|leadership|caucus|primaries|primary|nominations?|race|delegates|convention|conference|retreat|executive|national|parliamentary|governing|elections?|polls?|campaigns?|bus|vehicle|tent|stage|manifesto|office|website|account|group|chat|brigade|youth|women|league|branch|chapter|bloc|lawmakers|legislators|mps|mcas|senators|governors|aspirants?|candidates?|nominees?|ticket-holders|strongholds?|zone|region|bastion|list)\b)/i;
