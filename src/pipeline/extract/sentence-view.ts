/**
 * One sentence as the tie readers see it: its text, its mentions, where each
 * mention stands and what is written between and after them, its people and
 * its parties. Made once per sentence and shared by every reader of a tie.
 */
import type { Mention } from '../types';
import { opens, wordsIn, type WordGate } from '../text/word-gates';
import { ATTRIBUTE } from './ties/tie-patterns';

/** One sentence and the mentions found in it, offsets in its paragraph. */
export interface SentenceMentions {
  paragraph: number;
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
  mentions: Mention[];
}

/** What the article as a whole says a sentence's mentions are. */
export interface PartyReading {
  /** A party, or an acronym that may be one ("on a JDC ticket"). */
  partyLike: (mention: Mention) => boolean;
  /** A party named in the article or the pack. */
  isParty: (name: string) => boolean;
}

/** A sentence with its mentions placed in it: made once, read by every tie reader. */
export class SentenceView {
  readonly text: string;
  readonly mentions: Mention[];
  /** The people the sentence names: persons, and lone words that read as a name. */
  readonly people: Mention[];
  readonly parties: Mention[];
  private standing?: Map<Mention, boolean>;
  private lists?: Mention[][];
  private words?: Set<string>;

  constructor(
    private readonly sentence: SentenceMentions,
    readonly reading: PartyReading,
    /** The party "the party" and "party leader X" mean here, if one. */
    readonly inPlay: string | undefined,
    /** The one party the sentences before name last, for a sentence that names a party only in what someone said. */
    readonly inPlayBefore: string | undefined = undefined,
  ) {
    this.text = sentence.text;
    this.mentions = sentence.mentions;
    this.people = this.mentions.filter((mention) => this.isPerson(mention) && !this.isTitlePlace(mention) && !this.modifiesNoun(mention));
    this.parties = this.mentions.filter(reading.partyLike);
  }

  /**
   * The reader's gate: true when the sentence has one of the words every pattern of a reader needs. A reader
   * declares its gate beside it and returns at once when it is shut (text/word-gates.ts says which words are safe).
   */
  hasAny(gate: WordGate): boolean {
    return opens((this.words ??= wordsIn(this.text)), gate);
  }

  /** Where a mention starts in the sentence. */
  at(mention: Mention): number {
    return mention.offset - this.sentence.start;
  }

  end(mention: Mention): number {
    return this.at(mention) + mention.surface.length;
  }

  /** The text between two mentions, `a` first. */
  gap(a: Mention, b: Mention): string {
    return this.text.slice(this.end(a), this.at(b));
  }

  /** The rest of the sentence after a mention. */
  after(mention: Mention): string {
    return this.text.slice(this.end(mention));
  }

  /** The sentence up to a mention. */
  before(mention: Mention): string {
    return this.text.slice(0, this.at(mention));
  }

  partyLike(mention: Mention): boolean {
    return this.reading.partyLike(mention);
  }

  isParty(name: string): boolean {
    return this.reading.isParty(name);
  }

  /**
   * A party that stands for itself, not for something of it: "UDA offices",
   * "the ODM (…) rally" are places and events, no party to tie anyone to.
   */
  alone(party: Mention): boolean {
    this.standing ??= new Map(this.parties.map((one) => [one, !ATTRIBUTE.test(this.after(one).replace(/^\s*\([^()]{1,12}\)/, ''))]));
    return this.standing.get(party) ?? true;
  }

  /** "Nyali MP X", "X, the Sotik MP,": the place a title is held in is no one. */
  isTitlePlace(mention: Mention): boolean {
    return (
      mention.kind === 'word' &&
      this.mentions.some(
        (one) =>
          one.kind !== 'party' &&
          [one.role, ...(one.roles ?? [])].some((role) => role?.organisation === mention.name) &&
          ((this.at(one) > this.at(mention) && this.at(one) - this.end(mention) < 40 && !/[,.;“”"()]/.test(this.text.slice(this.end(mention), this.at(one)))) ||
            // "X, the Sotik MP, who left …": the apposition's place, right after the name it describes ("the former Sotik MP").
            (this.at(one) < this.at(mention) && /^\s*,\s*(?:the|an?)\s+(?:[\p{Ll}-]+\s+)?$/u.test(this.text.slice(this.end(one), this.at(mention))))),
      )
    );
  }

  /** The person joined to this one as one subject: "Both Nderitu and Koros were elected …". */
  partner(person: Mention): Mention | undefined {
    const before = this.people[this.people.indexOf(person) - 1];
    // "Nyeri Senator X and Nyeri Woman Rep Y, both of UDA": a title may stand before the second name.
    return before && /^\s*(?:and|&)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(this.gap(before, person)) && !this.parties.some((party) => this.at(party) > this.at(before) && this.at(party) < this.at(person)) ? before : undefined;
  }

  /**
   * The people listed before this one as one subject opening the sentence: "Khalaba MCA X, Kibingei MCA Y and Maeni
   * MCA Z, all three …, have defected": for Z, X and Y. None unless the list opens the sentence.
   */
  listedBefore(person: Mention): Mention[] {
    const listed: Mention[] = [];
    let at = this.people.indexOf(person);
    while (at > 0 && LISTED.test(this.gap(this.people[at - 1] as Mention, this.people[at] as Mention))) listed.unshift(this.people[--at] as Mention);
    const first = this.people[at] as Mention;
    return listed.length > 0 && LIST_OPENS.test(this.before(first)) ? listed : [];
  }

  /**
   * The next party named after a party, and the words between: past the first party's own form in brackets, so that
   * "ditched the United Democratic Alliance (UDA) for the ZPP" reads " for the " between the two parties.
   */
  partyAfter(party: Mention): { then: Mention; between: string } | undefined {
    const index = this.parties.indexOf(party);
    let then = this.parties[index + 1];
    if (then && /^\s*\(\s*$/.test(this.gap(party, then)) && /^\s*\)/.test(this.after(then))) then = this.parties[index + 2];
    return then ? { then, between: this.gap(party, then).replace(/^\s*\([^()]{1,20}\)/, '') } : undefined;
  }

  /** The party named last before a mention: what "its" stands for. */
  partyBefore(mention: Mention): Mention | undefined {
    for (let index = this.parties.length - 1; index >= 0; index--) if (this.at(this.parties[index] as Mention) < this.at(mention)) return this.parties[index];
    return undefined;
  }

  /**
   * The party "its" or a fronting verb before a mention means: the party named last before it, past one that only
   * names the mention's own title ("The Alliance has fronted TMDP leader X as its candidate").
   */
  partyBeforeTitle(mention: Mention): Mention | undefined {
    const last = this.partyBefore(mention);
    return last && OWN_TITLE.test(this.gap(last, mention)) ? (this.partyBefore(last) ?? last) : last;
  }

  /** The people of the sentence strictly between two offsets. */
  someoneBetween(from: number, to: number): boolean {
    return this.people.some((one) => this.at(one) > from && this.at(one) < to);
  }

  /**
   * Lists of people under one plural title: "MCAs X, Y and Z", "Senators X, Y
   * and Z", "Nominated senators X and Y"; each list in order, its head first.
   */
  titledLists(): Mention[][] {
    if (this.lists) return this.lists;
    const { people } = this;
    const lists: Mention[][] = [];
    for (let index = 0; index < people.length; index++) {
      const head = people[index] as Mention;
      // ("Two Kenyan MPs, Mr X and Mr Y, have written": the plural set off by a comma, the list closed by one.)
      if (!/\b(?:MCAs|MPs|Senators|Governors|Reps|Representatives)\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/i.test(this.before(head))) continue;
      const list = [head];
      // ("MCAs X (ODM), Y (UDA) and Z (KRF)": each name's party in brackets between.)
      // ("MPs X (Emurua Dikirr) and Y (Baringo Central)": or each name's constituency.)
      while (index + 1 < people.length && /^\s*(?:\([^()]{1,40}\)\s*)?(?:,|,?\s*and|&)\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Eng)\.?\s+)?$/.test(this.gap(list[list.length - 1] as Mention, people[index + 1] as Mention))) list.push(people[++index] as Mention);
      if (list.length > 1) lists.push(list);
    }
    this.lists = lists;
    return lists;
  }

  private isPerson(mention: Mention): boolean {
    return mention.kind === 'person' || (mention.kind === 'word' && !mention.acronym && !this.reading.partyLike(mention) && LOWER_LETTER.test(mention.name));
  }

  /** "won the Funyula seat": a lone word after "the" modifies a noun; it is no one. */
  private modifiesNoun(mention: Mention): boolean {
    return mention.kind === 'word' && /\bthe\s+$/i.test(this.before(mention)) && /^\s+\p{Ll}/u.test(this.after(mention));
  }
}

// (Built once, not per mention: tsx compiles a `\p{…}` literal into a `new RegExp` built at every call.)
const LOWER_LETTER = /\p{Ll}/u;

/**
 * Before a list that is its sentence's subject: the first name's title, after a place set off by a comma ("In Rongo, ")
 * or the list's plural ("Three MCAs, ", "Ward reps ", "The rebel Nyeri MCAs ", "The nine MCAs, among them "). ("Police arrested MCAs X and Y": a verb
 * before the plural, the list its object.)
 */
const LIST_OPENS = /^(?:(?:In|At)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*,\s+)?(?:(?:(?:the|\d+|two|three|four|five|six|seven|eight|nine|ten|several|rebel|former|ward|\p{Lu}[\p{L}'’-]*)\s+){0,3}(?:MCAs|MPs|Senators|reps|legislators|lawmakers)\s*,?\s+(?:(?:among\s+them|including)\s+)?)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** Between two names of a list: a comma or "and", and the next name's title and its place. */
const LISTED = /^\s*(?:,|,?\s*and)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** Between a party and a name, the words of the name's title in the party: "TMDP leader X", "ODM's national chairman X". */
const OWN_TITLE = /^(?:['’]s)?\s+(?:(?:deputy|national|party|vice|county|branch)\s+)*(?:leader|chair\w*|secretary-general|boss|treasurer|spokes\w+|official|whip)\s+$/i;

/** One person of a sentence, with the mentions either side of them. */
export interface PersonInSentence {
  person: Mention;
  /** The mention before; past the place of the person's own title ("The PDU-allied Changamwe MP X"). */
  previous?: Mention;
  next?: Mention;
  /** The parties named after the person. */
  later: Mention[];
}

export function personIn(view: SentenceView, person: Mention): PersonInSentence {
  const { mentions } = view;
  const index = mentions.indexOf(person);
  const before = mentions[index - 1];
  const previous = before && view.isTitlePlace(before) ? mentions[index - 2] : before;
  return { person, previous, next: mentions[index + 1], later: view.parties.filter((party) => view.at(party) > view.at(person)) };
}
