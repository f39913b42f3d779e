/**
 * Reads the party ties news English states about a person, once the whole
 * article's mentions are known: "UDA's X", "X of ODM", "X (UDA)", "ODM leader
 * X", "led by X", "the X-led party", "X, who chairs P", "X decamped from P to
 * Q", "X joined P", "on a P ticket", "allied to P", "elected X as the party's
 * National Chairman". Each tie names its relation; a tie to a word that is no
 * party of the article or the pack is dropped.
 */
import type { CountryPack } from '../pack';
import type { Mention, RoleCue, Tense, TieCue } from '../types';
import { isPackParty } from './names';
import { inClause } from './attribution';
import { readRole, tenseBefore } from './roles';
import { ALLY, AND_AS, APPOSITION_WHO_JOINED, AS_OFFICE, AS_TITLE, ATTRIBUTE, BELONGS, CHAIRED, CHAIRS, COUNTY_SEATS, FRONTED, GIVES_OFFICE, GLUED, GOES_ON, ITS_OFFICE, JOIN, LEAVE, LED_BY, LIST_GAP, MEMBERS_LED_BY, NOMINATED_BY, NOMINEES_OF, NOT_LEFT, OFFICE_AFTER, OFFICE_BEFORE, officeWords, ORGAN, ORGAN_CHAIRED_BY, PARTY_BRACKET, PARTY_OFFICE, POST_SOUGHT, SAID_JOINED, SAID_LEFT, SEATS, SINCE_JOINED, TICKET_AFTER, TICKET_BEFORE, titleCase, TO_NEXT, WAS_ELECTED, WHO_LEFT, WHO_LEFT_THE_PARTY, WILL_SERVE, X_LED, X_LED_PARTY } from './tie-patterns';
import { knownParties, partiesInPlay } from './parties-in-play';

/** One sentence and the mentions found in it, offsets in its paragraph. */
export interface SentenceMentions {
  paragraph: number;
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
  mentions: Mention[];
}

/** Reads the ties of every person mention in the article's sentences; mutates their `ties` and `role`. */
export function readTies(sentences: SentenceMentions[], pack: CountryPack): void {
  const namedParty = (mention: Mention) => mention.kind === 'party' || (mention.kind === 'word' && isPackParty(mention.name.toLowerCase(), pack));
  // An acronym the article never defines may still be a party ("on a JDC ticket"): resolution checks it is one.
  const partyLike = (mention: Mention) => namedParty(mention) || (mention.kind === 'word' && mention.acronym !== undefined);
  const known = knownParties(sentences, partyLike);
  const inPlay = partiesInPlay(sentences, namedParty, pack);
  const isParty = (name: string) => known.has(name.toLowerCase()) || isPackParty(name.toLowerCase(), pack);
  sentences.forEach((sentence, index) => readSentence(sentence, partyLike, inPlay(index), isParty));
  // A tie to a word that names no party here or in the pack ("Nakuru") is no tie.
  for (const { mentions } of sentences) {
    for (const mention of mentions) {
      // "UDA nominee X", "independent candidate X": a standing, not an office; a tie says it where there is a party.
      if (mention.role?.title === 'Candidate') delete mention.role;
      if (mention.roles?.some((role) => role.title === 'Candidate')) {
        mention.roles = mention.roles.filter((role) => role.title !== 'Candidate');
        if (mention.roles.length === 0) delete mention.roles;
      }
      if (!mention.ties) continue;
      const ties = dedupe(mention.ties.filter((tie) => known.has(tie.party.toLowerCase()) || isPackParty(tie.party.toLowerCase(), pack)));
      if (ties.length > 0) mention.ties = ties;
      else delete mention.ties;
    }
  }
}

function readSentence(sentence: SentenceMentions, partyLike: (mention: Mention) => boolean, inPlay: string | undefined, isParty: (name: string) => boolean): void {
  const { text, mentions } = sentence;
  const at = (mention: Mention) => mention.offset - sentence.start;
  const end = (mention: Mention) => at(mention) + mention.surface.length;
  const gap = (a: Mention, b: Mention) => text.slice(end(a), at(b));
  const after = (mention: Mention) => text.slice(end(mention));
  const isPerson = (mention: Mention) => mention.kind === 'person' || (mention.kind === 'word' && !mention.acronym && !partyLike(mention) && /\p{Ll}/u.test(mention.name));
  // "won the Funyula seat": a lone word after "the" modifies a noun; it is no one.
  // "Nyali MP X": the place a title is held in is no one.
  const titlePlace = (mention: Mention) =>
    mention.kind === 'word' &&
    mentions.some((one) => one.kind === 'person' && at(one) > at(mention) && at(one) - end(mention) < 40 && !/[,.;“”"()]/.test(text.slice(end(mention), at(one))) && [one.role, ...(one.roles ?? [])].some((role) => role?.organisation === mention.name));
  const people = mentions.filter((mention) => isPerson(mention) && !titlePlace(mention) && !(mention.kind === 'word' && /\bthe\s+$/i.test(text.slice(0, at(mention))) && /^\s+\p{Ll}/u.test(after(mention))));
  const parties = mentions.filter(partyLike);
  // "Mombasa MCAs X and Y", "Senators X, Y and Z of UDA": a plural title is every listed person's, and so is "of P" after the list.
  for (const list of titledLists(people, gap, (mention) => text.slice(0, at(mention)))) {
    const head = list[0] as Mention;
    for (const person of list.slice(1)) if (head.role && !person.role) person.role = { ...head.role };
    const last = list[list.length - 1] as Mention;
    const party = mentions[mentions.indexOf(last) + 1];
    if (party && partyLike(party) && /^(?:\s+of|\s*,\s*(?:all|both)\s+of)\s+(?:the\s+)?$/i.test(gap(last, party)) && !ATTRIBUTE.test(after(party))) for (const person of list) addTie(person, { party: party.name, relation: 'member' });
  }
  // "Kenya Kwanza's five nominees for the EALA include X, Y and Z", "Other PPK aspirants for the seat, among them former
  // Deputy Governor X": each name of the list is the party's candidate.
  for (const party of parties) {
    const lead = NOMINEES_OF.exec(after(party));
    if (!lead) continue;
    const from = end(party) + lead[0].length;
    const first = people.find((one) => at(one) >= from);
    if (!first || !/^(?:(?:former|ex-|the|area|nominated)\s+|\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u.test(text.slice(from, at(first)))) continue;
    const list = [first];
    for (let index = people.indexOf(first) + 1; index < people.length && LIST_GAP.test(gap(list[list.length - 1] as Mention, people[index] as Mention)); index++) list.push(people[index] as Mention);
    for (const person of list) addTie(person, { party: party.name, relation: 'candidate' });
  }
  // "include X, Y and Z, all of UDA": every name of the list.
  for (const party of parties) {
    const before = [...people].reverse().find((one) => at(one) < at(party));
    if (!before || !/^\s*,\s*all\s+of\s+(?:the\s+)?$/i.test(gap(before, party)) || ATTRIBUTE.test(after(party))) continue;
    const list = [before];
    for (let index = people.indexOf(before) - 1; index >= 0 && /^\s*(?:,|,?\s*and)\s*$/.test(gap(people[index] as Mention, list[0] as Mention)); index--) list.unshift(people[index] as Mention);
    if (list.length > 1 && !titledLists(people, gap, (mention) => text.slice(0, at(mention))).some((one) => one.includes(before))) for (const person of list) addTie(person, { party: party.name, relation: 'member' });
  }
  for (const person of people) {
    // "introduced X as his running mate", "named X, the Dujis MP, as her running mate", "X (MPA) as his running mate": a title of its own, party or none.
    if (/^(?:\s*,[^,.;“”"]{1,60},)?(?:\s*\([^()]{1,30}\))?\s+as\s+(?:his|her|their|the\s+party['’]s)\s+running\s+mate\b/i.test(after(person))) addRole(person, { title: 'Running Mate' });
    const mateBefore = /\brunning\s+mate\s+(?:is|was|will\s+be)\s+[^,.;“”"]{0,80}$/i.exec(text.slice(0, at(person)));
    if (mateBefore && !people.some((one) => at(one) < at(person) && at(one) > mateBefore.index)) addRole(person, { title: 'Running Mate' });
  }
  // Most sentences name no one, or no party and no "party" word: nothing more to read.
  if (people.length === 0 || (parties.length === 0 && !inPlay && !/\(\p{Lu}[\p{Lu}\p{N}]*-\p{Lu}\p{Ll}/u.test(text))) return;
  const standing = new Map(parties.map((party) => [party, !ATTRIBUTE.test(after(party).replace(/^\s*\([^()]{1,12}\)/, ''))]));
  const alone = (party: Mention) => standing.get(party) ?? true;
  /** The person joined to this one as one subject: "Both Nderitu and Koros were elected …". */
  const partner = (person: Mention) => {
    const before = people[people.indexOf(person) - 1];
    // "Nyeri Senator X and Nyeri Woman Rep Y, both of UDA": a title may stand before the second name.
    return before && /^\s*(?:and|&)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(gap(before, person)) && !parties.some((party) => at(party) > at(before) && at(party) < at(person)) ? before : undefined;
  };

  for (const person of people) {
    const index = mentions.indexOf(person);
    // "The PDU-allied Changamwe MP X": the place of the person's own title stands between them and the party.
    const previous = mentions[index - 1] && titlePlace(mentions[index - 1] as Mention) ? mentions[index - 2] : mentions[index - 1];
    const next = mentions[index + 1];
    // A candidacy is a tense of its own: the relation says it.
    const tie = (party: string, relation: string, tense?: Tense) => addTie(person, { party, relation, ...(tense && relation !== 'candidate' ? { tense } : {}) });
    /** A tie the person shares with a partner named with them as one subject. */
    const both = (party: string, relation: string, tense?: Tense) => {
      tie(party, relation, tense);
      const other = partner(person);
      if (other) addTie(other, { party, relation, ...(tense ? { tense } : {}) });
    };
    const later = parties.filter((party) => at(party) > at(person));

    // The person's own role, when its organisation is a party: "ODM leader X", "UDA nominee X".
    if (person.role?.organisation && mentions.some((one) => partyLike(one) && one.name === person.role?.organisation)) {
      // "JDC leader X" and "party leader X" are one office: a party's leader holds its Party Leader.
      if (person.role.title === 'Leader') person.role = { ...person.role, title: 'Party Leader' };
      const role = person.role;
      tie(role.organisation as string, relationOf(role.title), role.tense);
      // "UDA MP X" holds a seat as the party's member, not an office of the party: the seat keeps no organisation.
      if (SEATS.test(role.title)) {
        if (/^(?:Lawmaker|Legislator|Member|Politician)$/.test(role.title)) delete person.role;
        else person.role = { title: role.title, ...(role.tense ? { tense: role.tense } : {}) };
      }
    }
    // "X, the ODM Nairobi branch chairman": a branch office is an office of the party.
    const held = person.role;
    const branch = held?.organisation && /^Branch\s/.test(held.title) ? /^(\S+)\s/.exec(held.organisation) : null;
    if (held && branch && isParty(branch[1] as string)) {
      delete person.role;
      setRole(person, { title: held.title.replace(/^Branch\s+/, ''), organisation: branch[1] as string, ...(held.tense ? { tense: held.tense } : {}) }, tie);
    }
    // "party leader X", "X, the party's chairman": the party the article is about, when there is one.
    if (person.role && !person.role.organisation && /^Party\b/.test(person.role.title) && inPlay) setRole(person, { ...person.role, organisation: inPlay }, tie);
    // "party chairman X" is the party's Chairman: "Party" is its possessive, as in "the party's chairman" ("Party Leader", "Party Whip" stay titles).
    if (person.role && /^Party\s+(?:Chair\w*|Vice-Chair\w*|National Chair\w*|Secretary-General|Deputy Secretary-General|Treasurer|Organi[sz]ing Secretary)$/.test(person.role.title)) {
      person.role = { ...person.role, title: person.role.title.replace(/^Party\s+/, '') };
      if (person.ties && person.role.organisation) for (const one of person.ties) if (/^Party\s/.test(one.relation) && one.party === person.role.organisation) one.relation = person.role.title;
    }
    // "UDA's X", "ODM's Secretary-General X".
    if (previous && partyLike(previous) && /^['’]s\s+$/.test(gap(previous, person))) {
      if (person.role && !person.role.organisation) setRole(person, { ...person.role, organisation: previous.name }, tie);
      else tie(previous.name, 'member');
    }
    // "ODM's nominated MP X": a seat held as the party's member; "Wiper's Makueni Senator X", the seat's place between.
    const owner = previous;
    if (previous && partyLike(previous) && /^['’]s\s+(?:(?:nominated|elected|area)\s+)?(?:MP|MCA|[Ss]enator|[Ll]awmaker|[Ll]egislator)\s+$/.test(gap(previous, person))) tie(previous.name, 'member');
    else if (owner && partyLike(owner) && /^['’]s\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:MP|MCA|Senator|Woman\s+Rep(?:resentative)?|Governor)\s+$/u.test(gap(owner, person))) tie(owner.name, 'member');
    // "X, whose party ODM is in talks with UDA": the person's own party.
    if (next && partyLike(next) && /^\s*,\s*whose\s+(?:own\s+)?party\s*,?\s+(?:the\s+)?$/i.test(gap(person, next))) tie(next.name, 'member');
    // "X was UDA's candidate in 2017", "X is the party's … nominee": a candidacy stated with the verb to be.
    if (next && partyLike(next) && /^\s+(?:is|was|has\s+been|will\s+be)\s+(?:also\s+)?$/i.test(gap(person, next)) && /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:candidate|nominee|flag-?bearer)\b/u.test(after(next))) tie(next.name, 'candidate');
    // "Senator X (UDA-Baringo)": the party, and the county the seat is in.
    const bracket = PARTY_BRACKET.exec(after(person));
    if (bracket && isParty(bracket[1] as string)) {
      tie(bracket[1] as string, 'member');
      seatPlace(person, bracket[2] as string);
    }
    // "its leader, X", "and its secretary-general, X".
    const its = ITS_OFFICE.exec(text.slice(0, at(person)));
    // "its" is the party named last; "the party's" the one the article is about.
    const itsParty = its && /^its$/i.test(its[1] as string) ? ([...parties].reverse().find((party) => at(party) < at(person))?.name ?? inPlay) : inPlay;
    if (its && itsParty) {
      const role = readRole((its[2] as string).replace(/^leader$/i, 'Party Leader'), itsParty);
      if (role && isOffice(role.title)) setRole(person, role, tie);
    }
    if (next && partyLike(next)) {
      const between = gap(person, next);
      // "X of ODM", "X of the Orange Democratic Movement", "X (UDA)".
      if (/^\s+of\s+(?:the\s+)?$/i.test(between) && alone(next)) tie(next.name, 'member');
      // "X (HDM, Othaya)": the party, then the constituency.
      if (/^\s*\(\s*$/.test(between) && /^\s*(?:\)|,\s*\p{Lu}[^()]{0,40}\))/u.test(after(next))) {
        tie(next.name, 'member');
        const place = /^\s*,\s*(\p{Lu}[\p{L}'’ ]{1,30})\)/u.exec(after(next));
        if (place) seatPlace(person, place[1] as string);
      }
      // "X, TKM's candidate in the Kitui Central by-election": a candidacy in apposition.
      if (/^\s*,\s*$/.test(between) && /^['’]s\s+(?:presidential\s+|parliamentary\s+|gubernatorial\s+)?(?:candidate|nominee|flag-?bearer)\b/i.test(after(next))) tie(next.name, 'candidate');
      const chairs = CHAIRS.exec(between);
      // "X, who chairs CCW-K's national elections board", "who now chairs the Umoja Alliance's council": the organ's chair.
      const organ = ORGAN.exec(after(next));
      if (chairs && organ) {
        if (/chairs/i.test(chairs[1] as string)) setRole(person, { title: `${titleCase(organ[1] as string)} Chairman`, organisation: next.name }, tie);
      } else if (chairs && alone(next)) {
        if (/chairs/i.test(chairs[1] as string)) setRole(person, { title: 'Chairman', organisation: next.name }, tie);
        else setRole(person, { title: 'Party Leader', organisation: next.name }, tie);
      }
      const chaired = CHAIRED.exec(between);
      if (chaired && alone(next)) setRole(person, { title: /chaired/i.test(chaired[1] as string) ? 'Chairman' : 'Party Leader', organisation: next.name, tense: 'former' }, tie);
      // "X as ODM's Secretary-General", "X as the JDC's presidential candidate".
      const office = OFFICE_AFTER.exec(after(next));
      if (office && /^\s+as\s+(?:the\s+)?$/i.test(between)) officeIn(person, (office[1] as string).trim(), next.name, tie);
    }
    // "Mukhwana won the seat on an ODM ticket but has been allied to the NDM-K": only for the sentence's subject.
    // A dateline before it ("GARISSA, Kenya — X, …") leaves the person the subject.
    const subject = /^(?:\p{Lu}{2,}[\p{Lu} ]*,\s*\p{Lu}\p{Ll}+(?:,\s*\p{Lu}\p{Ll}+\s+\d{1,2})?\s*[—–-]\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(0, at(person)));
    for (const party of later) {
      const direct = gap(person, party);
      if (!alone(party)) continue;
      const clear = !people.some((one) => at(one) > at(person) && at(one) < at(party));
      const goesOn = subject && clear ? GOES_ON.exec(direct) : null;
      const gaps = goesOn ? [direct, ` ${direct.slice(goesOn[0].length)}`] : [direct];
      if (clear && NOMINATED_BY.test(direct)) {
        tie(party.name, 'candidate');
        // "nominated to the Kilifi County Assembly by UP-K": a nominated seat not yet taken up.
        const assembly = /\bnominated\s+to\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,3}County\s+Assembly)\b/u.exec(direct);
        if (assembly) addRole(person, { title: 'MCA', organisation: assembly[1] as string, tense: 'incoming' });
      }
      const allied = gaps.find((one) => ALLY.test(one));
      if (allied !== undefined) both(party.name, 'ally', ALLY.exec(allied)?.[1] || /\b(?:was|were)\b/.test(allied) ? 'former' : undefined);
      // "X and Y, both of UDA": each of them.
      if (/^\s*,\s*both\s+of\s+(?:the\s+)?$/i.test(direct)) both(party.name, 'member');
      // "Unlike Kinyua, Macharia has not formally resigned from UDA": still a member.
      if (clear && NOT_LEFT.test(direct)) tie(party.name, 'member');
      // "EALA MP X of Tanzania's ruling Chama Cha Mapinduzi (CCM)": a member, the country's name before its party.
      if (clear && /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+['’]s\s+(?:ruling|governing|main\s+opposition|opposition)\s+$/u.test(direct)) tie(party.name, 'member');
      // "X, a former Deputy Inspector General of Police who joined Jubilee last year": the apposition's "who" is X.
      if (clear && APPOSITION_WHO_JOINED.test(direct)) tie(party.name, 'joined');
      // "X, who left Jubilee in 2024, has since joined the TKM".
      if (clear && WHO_LEFT.test(direct)) {
        tie(party.name, 'left');
        const then = parties[parties.indexOf(party) + 1];
        // "… has since joined the TKM", "who left ODM for the CCW-K in 2022".
        if (then && (/^\s+[^.;“”"]{0,40},\s+(?:has|had)\s+(?:since\s+|now\s+|also\s+)?joined\s+(?:the\s+)?$/.test(gap(party, then)) || TO_NEXT.test(gap(party, then))) && alone(then)) tie(then.name, 'joined');
      }
      // "with hopefuls from UDA, ODM and his own KDA": the subject's own party.
      if (subject && /\b(?:his|her)\s+own\s+$/i.test(text.slice(0, at(party))) && !mentions.some((one) => one.kind === 'person' && at(one) > at(person) && at(one) < at(party))) tie(party.name, 'member');
      if (gaps.some((one) => LEAVE.test(one))) {
        tie(party.name, 'left');
        const then = parties[parties.indexOf(party) + 1];
        if (then && TO_NEXT.test(gap(party, then)) && alone(then)) tie(then.name, 'joined');
      }
      if (gaps.some((one) => JOIN.test(one))) tie(party.name, 'joined');
      if (clear && BELONGS.test(direct)) tie(party.name, 'member');
      if (clear && SAID_LEFT.test(direct)) tie(party.name, 'left');
      if (clear && SAID_JOINED.test(direct)) tie(party.name, 'joined');
      const between = direct;
      // "X, who won on a UDA ticket", "X will seek the Wiper ticket": no other subject between.
      if (TICKET_AFTER.test(after(party)) && TICKET_BEFORE.test(between) && !/[.;]/.test(between)) {
        // "won the Funyula seat on an ODM ticket": a name after "the" modifies a noun; it is no other subject.
        const others = people.filter((one) => at(one) > at(person) && at(one) < at(party) && !inClause(text.slice(0, at(one))) && !/\bthe\s+$/i.test(text.slice(0, at(one))));
        if (others.length === 0 && !inClause(text.slice(0, at(person)))) both(party.name, 'candidate');
      }
    }
    // "X, the immediate former PPK chairperson, who quit the party in June and has since joined Wiper": left, then joined;
    // the former office in the party left is a role, no longer a tie (the gold's convention, as "who quit the JDC").
    const quit = WHO_LEFT_THE_PARTY.exec(after(person));
    if (quit) {
      const own = [...new Set((person.ties ?? []).map((one) => one.party))];
      const left = own.length === 1 ? own[0] : own.length === 0 ? inPlay : undefined;
      if (left) {
        person.ties = (person.ties ?? []).filter((one) => !(one.party === left && one.tense === 'former'));
        tie(left, 'left');
        const from = end(person) + quit[0].length;
        const then = parties.find((party) => at(party) >= from);
        if (then && alone(then) && SINCE_JOINED.test(text.slice(from, at(then))) && !people.some((one) => at(one) > from && at(one) < at(then))) tie(then.name, 'joined');
      }
    }
    // "X, who was seeking the post of National Chairman": a party office sought; its party only when the sentence names one.
    const post = POST_SOUGHT.exec(after(person));
    const role = post ? readRole(post[1] as string) : undefined;
    if (role && isOffice(role.title)) {
      const named = parties.length === 1 && !SEATS.test(role.title) ? { organisation: (parties[0] as Mention).name } : {};
      addRole(person, { title: role.title, ...named, tense: 'aspiring' });
    }
    // "elected X as the party's National Chairman", "X as its incoming Secretary-General".
    const asOffice = AS_OFFICE.exec(after(person));
    const ownParty = /\bits\b/.test(asOffice?.[0] ?? '') ? itsPartyBefore(parties, person, at) ?? inPlay : inPlay;
    if (asOffice && ownParty) officeIn(person, (asOffice[1] as string).trim(), ownParty, tie);
    // Only after a verb that gives the office ("replaced Y as Chairman" gives Y none).
    const asTitle = asOffice || !GIVES_OFFICE.test(text.slice(0, at(person))) ? undefined : AS_TITLE.exec(after(person));
    if (asTitle) {
      // "as PPK Chairperson": the party written before the office; "as Party Leader": the party of the sentence.
      const named = asTitle[1] && isParty(asTitle[1]) ? asTitle[1] : undefined;
      const party = named ?? (asTitle[1] ? undefined : inPlay);
      const role = party ? readRole(officeWords(asTitle[2] as string), party) : undefined;
      // Only a party's own offices: "named X as Interior Cabinet Secretary" is a government office, held in no party.
      if (party && role && PARTY_OFFICE.test(role.title)) {
        if (role.title === 'Leader') role.title = 'Party Leader';
        setRole(person, role, tie);
        const more = AND_AS.exec(after(person).slice(asTitle[0].length));
        if (more) officeIn(person, (more[1] as string).trim(), party, tie);
      }
    }
    // "X was elected Secretary-General of the PPK" / "X was elected CCW-K chairperson".
    const elected = WAS_ELECTED.exec(after(person));
    if (elected) {
      const of = /^((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?$/u;
      const party = later.find((one) => at(one) >= end(person) + elected[0].length);
      const between = party ? text.slice(end(person) + elected[0].length, at(party)) : '';
      const titled = party && alone(party) ? (of.exec(between)?.[1] ?? (between === '' ? /^\s+((?:[\p{Ll}-]+\s+){0,2}?(?:chair\w*|secretary-general|treasurer|leader|deputy\s+party\s+leader))\b/iu.exec(after(party))?.[1] : undefined)) : undefined;
      const role = titled && party ? readRole(titled.trim(), party.name) : undefined;
      if (role && PARTY_OFFICE.test(role.title)) setRole(person, role, tie);
    }
    // "X, who will serve as Deputy Party Leader": incoming.
    const serve = WILL_SERVE.exec(after(person));
    if (serve && inPlay) {
      const role = readRole((serve[1] as string).trim(), inPlay, 'incoming');
      if (role && PARTY_OFFICE.test(role.title)) setRole(person, role, tie);
    }
    // "the Raila-led party", "the Kalonzo-led Wiper Democratic Movement".
    const led = X_LED.exec(after(person));
    // A party's leader holds its office of Party Leader: the role and the tie.
    if (led && next && partyLike(next) && at(next) === end(person) + led[0].length) setRole(person, { title: 'Party Leader', organisation: next.name }, tie);
    else if (X_LED_PARTY.test(after(person)) && inPlay) setRole(person, { title: 'Party Leader', organisation: inPlay }, tie);
    // "TMP-allied Nyeri Town MP X": only titles and names between the party and the person.
    const glued = previous && partyLike(previous) ? GLUED.exec(gap(previous, person)) : undefined;
    if (glued && (glued[2] as string).split(/\s+/).filter(Boolean).every((word) => /^\p{Lu}/u.test(word) || TITLE_WORDS.test(word))) {
      tie((previous as Mention).name, /affiliated/i.test(glued[1] as string) ? 'member' : 'ally');
    }
    // "The outgoing ODM Kilifi branch chairman, X,": dated by the word before the party.
    const before = previous && partyLike(previous) ? OFFICE_BEFORE.exec(gap(previous, person)) : undefined;
    if (before && previous) {
      const role = readRole(before[1] as string, previous.name, tenseBefore(/(\S+)\s+$/.exec(text.slice(0, at(previous)))?.[1] ?? ''));
      if (role && isOffice(role.title) && !/\bits\s+$/.test(text.slice(0, at(previous)))) setRole(person, role, tie);
      // "The ODM nominee, X,": a candidacy, not an office.
      else if (role?.title === 'Candidate') tie(previous.name, 'candidate');
    }
    // "The Wiper Democratic Movement has fronted former Speaker X", "The KDA has also fronted X": the party's candidate.
    const fronting = [...parties].reverse().find((party) => at(party) < at(person));
    if (fronting && alone(fronting) && FRONTED.test(gap(fronting, person)) && !people.some((one) => at(one) > at(fronting) && at(one) < at(person))) tie(fronting.name, 'candidate');
    // "The PPK's national elections board, which is chaired by Rev X".
    const organBefore = previous && partyLike(previous) ? ORGAN_CHAIRED_BY.exec(gap(previous, person)) : undefined;
    if (organBefore && previous) setRole(person, { title: `${titleCase(organBefore[1] as string)} Chairman`, organisation: previous.name }, tie);
    // "HDM legislators led by X".
    if (previous && partyLike(previous) && MEMBERS_LED_BY.test(gap(previous, person))) tie(previous.name, 'member');
    // "the Jumuia party, led by X", "the SMP (…), led by X".
    if (previous && partyLike(previous)) {
      const ledBy = LED_BY.exec(gap(previous, person));
      if (ledBy) {
        const past = ledBy[1] && !/now|currently/i.test(ledBy[1]);
        setRole(person, { title: 'Party Leader', organisation: previous.name, ...(past ? { tense: 'former' as const } : {}) }, tie);
      }
    }
  }
}

/** "Senator X (ODM, Siaya)": the county is where the seat is, when the title has no place yet. */
function seatPlace(person: Mention, place: string): void {
  if (person.role && !person.role.organisation && COUNTY_SEATS.test(person.role.title)) person.role = { ...person.role, organisation: place.trim() };
}

/**
 * Lists of people under one plural title: "MCAs X, Y and Z", "Senators X, Y
 * and Z", "Nominated senators X and Y"; each list in order, its head first.
 */
function titledLists(people: Mention[], gap: (a: Mention, b: Mention) => string, before: (mention: Mention) => string): Mention[][] {
  const lists: Mention[][] = [];
  for (let index = 0; index < people.length; index++) {
    const head = people[index] as Mention;
    if (!/\b(?:MCAs|MPs|Senators|Governors|Reps|Representatives)\s+$/i.test(before(head))) continue;
    const list = [head];
    while (index + 1 < people.length && /^\s*(?:,|,?\s*and|&)\s*$/.test(gap(list[list.length - 1] as Mention, people[index + 1] as Mention))) list.push(people[++index] as Mention);
    if (list.length > 1) lists.push(list);
  }
  return lists;
}

/** The nearest party named before `person` in the sentence: what "its" stands for. */
function itsPartyBefore(parties: Mention[], person: Mention, at: (mention: Mention) => number): string | undefined {
  return [...parties].reverse().find((party) => at(party) < at(person))?.name;
}

/** An office in a party named after the person: a role and an office tie; a candidacy is a candidate tie. */
function officeIn(person: Mention, written: string, party: string, tie: (party: string, relation: string, tense?: Tense) => void): void {
  const role = readRole(written, party);
  if (!role) return;
  if (role.tense === 'aspiring') {
    tie(party, 'candidate');
    // "as the party's presidential candidate": the seat sought is a role of its own, held in no party.
    if (/^(?:President|Governor|Senator|MP|MCA|Woman Representative|Deputy President)$/.test(role.title)) addRole(person, { title: role.title, tense: 'aspiring' });
  }
  else if (isOffice(role.title)) setRole(person, role, tie);
}

/** Gives a person the role a sentence states and the tie it implies. */
function setRole(person: Mention, role: RoleCue, tie: (party: string, relation: string, tense?: Tense) => void): void {
  const held = person.role;
  // A role the run itself states ("former Kisumu Deputy Governor X") stays; the office is one more.
  if (!held || (!held.organisation && held.title === role.title) || /^Party\b/.test(held.title) || held.title === 'Candidate') person.role = role;
  else if (!(person.roles ?? []).some((one) => one.title === role.title && one.organisation === role.organisation)) person.roles = [...(person.roles ?? []), role];
  if (role.organisation) tie(role.organisation, relationOf(role.title), role.tense);
}

/**
 * The relation a title held in a party states: "Leader" and "Party Leader" →
 * leader, "Candidate" → candidate; an office keeps its title ("Secretary-General"),
 * so that the tie resolution derives from the same role is the same tie.
 */
export function relationOf(title: string): string {
  const lower = title.toLowerCase();
  if (lower === 'party leader') return 'leader';
  if (SEATS.test(title)) return 'member';
  return lower === 'leader' || lower === 'candidate' || lower === 'member' ? lower : title;
}

/** Lower-case words a title is written with between a party and a name: "TMP-allied Nyeri Town MP X". */
const TITLE_WORDS = /^(?:mps?|mcas?|senators?|governors?|lawmakers?|legislators?|aspirants?|deputy|woman|rep|representative|speaker|leader|politicians?|former|nominated|area)$/i;

function isOffice(title: string): boolean {
  return /\b(?:Chair\w*|Secretary\S*|Leader|Treasurer|Organising|Organizing|Director|Spokes\w+|Coordinator|Convener|Convenor|Patron|Whip|President|Commissioner|Official|Head)\b/.test(title);
}

function addRole(person: Mention, role: RoleCue): void {
  if (!person.role) person.role = role;
  else if (![person.role, ...(person.roles ?? [])].some((one) => one.title === role.title && one.organisation === role.organisation)) person.roles = [...(person.roles ?? []), role];
}

function addTie(person: Mention, tie: TieCue): void {
  person.ties = [...(person.ties ?? []), tie];
}

function dedupe(ties: TieCue[]): TieCue[] {
  const seen = new Set<string>();
  return ties.filter((tie) => {
    const key = `${tie.party.toLowerCase()}|${tie.relation.toLowerCase()}|${tie.tense ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
