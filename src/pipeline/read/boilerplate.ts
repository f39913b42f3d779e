/**
 * Recognises the web furniture that scrapers and copy-paste bring along with an
 * article: "Also Read" blocks and their headline lists, bylines, photo credits,
 * app and social-media prompts. Works on lines, before paragraphs are formed,
 * so that nothing in such a block can reach a page or become an entity.
 */

/** A line that opens a block of links to other stories ("Soma pia", "Soma zaidi": the same in Kiswahili). */
const LINK_BLOCK_HEADING =
  /^\s*(?:[-*•>#]+\s*)?\**\s*(?:also read|read more|read also|soma pia|soma zaidi|related(?: stories| articles| news| content| posts)?|more stories|recommended(?: stories| for you)?|you (?:may|might) also like|trending(?: now| stories)?|see also|top stories|more from [\w ]+|editor'?s picks?)\s*\**\s*[:\-–—]?\s*[*_]*\s*$/i;

/** A single line that is a link to another story: "READ MORE: Raila meets ...", "**READ: …**". */
const LINK_LINE = /^\s*(?:[-*•>]+\s*)?\**\s*(?:also read|read more|read also|soma pia|soma zaidi|read|related|see also|recommended|trending)\s*\**\s*[:|\-–—]\s*\S/i;

/**
 * A line that promotes another story of the outlet's, its headline after a colon: "Also in Sunday Nation: Former Speaker
 * X recalls …", "Inside: …", "In other news: …". The outlet is named from a short list, so that "Also in attendance: …",
 * "Also in the race: …" (the story's own lists) stay.
 */
const PROMO_LINE =
  /^\s*(?:[-*•>]+\s*)?\**\s*(?:(?:also|more|only|tomorrow|today|this\s+week|next\s+week)\s+(?:in|on)\s+(?:(?:the|today['’]?s|tomorrow['’]?s|this\s+week['’]?s|sunday|saturday|daily|weekend)\s+)*(?:nation|standard|star|citizen(?:\s+digital)?|taifa\s+leo|people\s+daily|business\s+daily|kenyans\.co\.ke|tuko|capital\s*fm|kbc|ntv|k24|paper|edition|e-?paper|magazine|print)|inside|in\s+other\s+news|don['’]?t\s+miss|must\s+read)\s*\**\s*[:|\-–—]\s*\S/i;

/** A line that opens readers' comments: "COMMENTS (3)", "Reactions:", "Maoni" (the same in Kiswahili). */
const COMMENT_BLOCK_HEADING =
  /^\s*(?:[-*•>#]+\s*)?\**\s*(?:\d+\s+)?(?:comments?|readers?['’]?\s+comments?|reactions?|what\s+(?:readers|kenyans|netizens)\s+(?:say|said)|(?:netizens|kenyans|readers|users)\s+react(?:ed|s)?|(?:social\s+media|online|netizens['’]?|kenyans['’]?)\s+reactions?|maoni(?:\s+ya\s+wasomaji)?|(?:leave|post)\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion))\s*(?:\(\d+\))?\s*\**\s*:?\s*$/i;

/** A comment's own heading, its writer and when: "Jaber Otieno · 2h", "Atieno wa Kondele | 3 hours ago", "Juma Omari · saa 2" (Kiswahili). */
const COMMENTER_LINE = /^\s*\S+(?:\s+\S+){0,4}\s+[·•|]\s+(?:\d+\s*(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?)(?:\s+ago)?|(?:saa|dakika|siku|wiki)\s+\d+(?:\s+zilizopita)?|just now|yesterday|jana|\d{1,2}:\d{2}(?:\s*[ap]m)?|[\p{L}\d ,]{3,20}\d{4})\s*$/iu;

/** A comment written as a handle and its words: "@OtienoJaluo: She deserves it." */
const HANDLE_LINE = /^\s*@\w{1,30}\s*[:\-–—]\s*\S/;

/** A comment's writer and its words on one line, inside the comments: "Wafula Simiyu: "Both sides are the same."". */
const COMMENTER_AND_WORDS = /^\s*\**\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*\**\s*:\s*\**\s*\S/u;

/** A comment's writer alone on a line, its words in the paragraph after: "**@KirinyagaFirst:**", "**Wanjiku Mbogo:**". */
const COMMENTER_HEAD = /^\s*\**\s*(?:@\w{1,30}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*\**\s*:\s*\**\s*$/u;

/** The story's words that lead into the comments: "Kenyans on social media had mixed reactions:". */
const COMMENTS_LEAD = /\b(?:react(?:ed|ions?)|comments?|said|wrote)\b[^.!?]{0,40}:\s*$/i;

/** A name alone on its line: "Dennis Owino Oyieko". */
const NAME_LINE = /^\s*\**\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*\**\s*$/u;

/** When a story was published, alone on its line: "Tuesday, May 3, 2022 at 6:14 PM", "Published on: March 14, 2019 17:42". */
const PUBLISHED_LINE =
  /^\s*(?:(?:published|updated|posted)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?\d{4}\b[^.!?]{0,30}$/i;

/**
 * `pattern`, tried only on a line that has `mark`: for the expressions that search a whole line, which most
 * lines (the story's own paragraphs) do not have the mark of. (`mark` must be in every line `pattern` matches.)
 */
const guarded = (mark: RegExp, pattern: RegExp) => ({ test: (line: string) => mark.test(line) && pattern.test(line) });

/** Lines that are never part of the story itself. */
const FURNITURE: { test: (line: string) => boolean }[] = [
  // Credits: "(Reporting by A and B; Editing by C)", "Additional reporting by D", "Compiled by E | Nation".
  // (A full stop may close the line: "Reporting by A; additional reporting by B.")
  /^\W{0,3}(?:additional\s+)?(?:reporting|reported|written|compiled|edited|editing|story|text|words|photos?|pictures?|graphics?)\s+by\s+\p{Lu}[^.!?]{0,120}\.?$/iu,
  // "Additional reporting from A", and the credit written after the names: "A and B contributed to this report."
  /^\W{0,3}additional\s+reporting\s+from\s+\p{Lu}[^.!?]{0,120}\.?$/iu,
  guarded(/contributed/, /^\W{0,3}\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&))*,?\s+(?:also\s+)?contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b[^“”"]{0,40}$/u),
  // The desk's own credits: "Proofreading by A, copy editor at TUKO.co.ke.", "Fact-checked by B".
  /^\W{0,3}(?:proofreading|proof-?read|copy[\s-]?edit(?:ing|ed)|fact[\s-]?check(?:ing|ed)|translat(?:ion|ed))\s+by\s+\p{Lu}.{0,120}$/iu,
  // Signatures and author notes: "— Dickens Nyaoro, Kisumu", "Mutheu Kavata is a political analyst and columnist."
  /^\s*[—–-]{1,2}\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,\s*[\p{L} ]{1,30})?\s*$/u,
  // ("Halima Dida is the Nation's political editor. Email: …": the outlet's own writer, by the outlet's name.)
  guarded(/\sis (?:an?|the)\s/, /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}is (?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,5}(?:analyst|columnist|writer|journalist|correspondent|reporter|editor|commentator|lecturer|scholar|researcher|consultant|contributor)\b[^“”"]{0,100}$/u),
  // Bylines and agency lines: "By Jane Doe", "Reporting by A and B | Nation", Kiswahili "Na Jane Doe" ("by"; as "and"
  // it opens no line of names alone).
  // (What follows the names may be the date and time with its zone: "| Wednesday, October 12th 2016 at 00:00 GMT +3".)
  // ("By Monday, the party had not responded.", "By March 2024 …": a day or month after "By" opens a sentence of the
  // story; "By June Wanjiru" is a byline.)
  /^\s*(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Rr]eported by|[Cc]ompiled by|[Ss]tory by|BY|Na|NA)\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)(?:,|\s+[\p{Ll}\d]))[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|and|na|&))*\s*(?:[|,–—-]\s*[\p{L}\d ,.:|@/+-]{1,60})?$/u,
  // A writer's name and the outlet's web address, with no "By": "**Jane Wanjiru Doe**, Kenyans.co.ke".
  /^\s*[*_]*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}[*_]*\s*[,|–—-]\s*[*_]*[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2,6})[*_]*\s*$/u,
  // A byline under a label: "**Writer:** Faith Chebet Kipyator", "Author: A B | Nation", "Written By: A B", Kiswahili "Mwandishi: A B".
  /^\s*(?:writer|author|reporter|correspondent|mwandishi|(?:written\s+|posted\s+)?by)\s*[*_]*\s*:\s*[*_]*\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*(?:[|,–—-]\s*[\p{L}\d ,.:|@/-]{1,60})?$/iu,
  // Photo credits and captions: "Photo: Twitter" opening a line, "… PHOTO | FILE" or
  // "(Photo/ Citizen)" or "| COURTESY" closing one.
  /^\s*\(?\s*(?:photo|image|picture|pic|video)s?\s*(?:\||\/|:|credit\b)/i,
  guarded(/[|/]/, /\b(?:photo|image|picture|pic|video)s?\s*(?:\||\/)\s*[\p{L}\d .&'’-]{1,40}\)?\s*$/iu),
  /\|\s*(?:courtesy|file|photo|handout)\s*\)?\s*$/i,
  /\b(?:PHOTO|IMAGE|Photo|Image|Picture)s?\s*[|/:]\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}[)\]]?\s*$/u,
  /[[(]\s*(?:photo|image|picture|video)s?\s+(?:by|courtesy of)\s+[^\])]{1,60}[\])]\s*$/i,
  /\b[Cc]ourtesy(?:\s+of)?\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}[)\]]?\s*$/u,
  /\(\s*(?:photo|image|picture|video)s?\s*[:|/][^()]{1,60}\)\s*$/i,
  /^\s*\(?\s*(?:courtesy|file photo|credit)\b[^.]{0,60}\)?\s*$/i,
  // App, newsletter and social prompts.
  // ("download" has no letter that folds from another, so the case-blind mark finds every line the pattern does.)
  guarded(/download/i, /\bdownload (?:the|our) [\p{L}\d .'’-]{0,40}\bapp\b/iu),
  /^(?:\S+\s+){0,6}(?:follow|join|like) us on\b(?:\s+\S+){0,10}\s*$/i,
  // ("Follow Taifa Leo on Facebook and X.", Kiswahili "Fuatilia Taifa Leo kwenye Facebook na X.": the outlet by its name.)
  /^\s*(?:follow|fuatilia|tufuatilie)\s+(?:\S+\s+){0,4}(?:on|kwenye|katika)\s+(?:facebook|twitter|x|instagram|tiktok|youtube|whatsapp|telegram|linkedin)\b[^“”"]{0,60}$/iu,
  /\bsubscribe (?:to|for) (?:our|the)\b/i,
  /\bsign up (?:for|to) (?:our|the)\b/i,
  /\b(?:click|tap) here\b/i,
  /\bget (?:the latest|breaking) news\b.{0,80}\b(?:app|whatsapp|telegram|channel)\b/i,
  /^\s*(?:advertisement|sponsored|share this(?: article)?|share on \w+|tags?:.*|©.*|copyright\b.*)\s*$/i,
];

/** True when `line` is furniture on its own, whatever surrounds it. */
export function isFurniture(line: string): boolean {
  // Markdown emphasis around a whole line ("**By Jane Doe**") does not change what it is.
  const plain = line.replace(/^\s*[*_]+|[*_]+\s*$/g, '');
  if (LINK_LINE.test(plain)) return true;
  if (PROMO_LINE.test(plain)) return true;
  return FURNITURE.some((pattern) => pattern.test(plain));
}

/** True when `line` opens a block of links to other stories. */
export function opensLinkBlock(line: string): boolean {
  return LINK_BLOCK_HEADING.test(line);
}

/**
 * True when `line` reads like an entry of a link block: a bullet, or a
 * headline (short, no closing full stop). A story paragraph ends the block.
 */
export function isLinkBlockEntry(line: string): boolean {
  const text = line.trim();
  // ("## Netizens react" after a "Read also" list: the comments' heading is short too, but opens a block of its own.)
  if (COMMENT_BLOCK_HEADING.test(text)) return false;
  if (/^[-*•>]\s*\S/.test(text)) return true;
  const words = text.split(/\s+/).length;
  const endsSentence = /[.:;]["”’']?$/.test(text);
  return words <= 22 && !endsSentence;
}

/** How many headline lines a link block may hold before we stop trusting it is one. */
const MAX_LINK_BLOCK = 8;

/**
 * Removes boilerplate from an article's lines. Blank lines are kept (they
 * separate paragraphs); a removed block leaves one blank line behind.
 */
export function removeBoilerplate(lines: string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      kept.push(line);
      continue;
    }
    if (opensLinkBlock(line)) {
      index = endOfLinkBlock(lines, index);
      kept.push('');
      continue;
    }
    // Readers are no one the story names: a commenter would become a person, their words a quote.
    if (COMMENT_BLOCK_HEADING.test(line)) {
      index = endOfCommentBlock(lines, index);
      kept.push('');
      continue;
    }
    // (A writer's name above the date it was published: a byline without its "By".)
    if (isFurniture(line) || (NAME_LINE.test(line) && PUBLISHED_LINE.test(lines[index + 1] ?? ''))) {
      kept.push('');
      continue;
    }
    kept.push(line);
  }
  return kept;
}

/** The index of the last line of the link block that `start` opens. */
function endOfLinkBlock(lines: string[], start: number): number {
  let end = start;
  let entries = 0;
  for (let index = start + 1; index < lines.length && entries < MAX_LINK_BLOCK; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      // Blank lines between the heading and its entries, or between entries, stay in the block.
      const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
      if (next === undefined || !isLinkBlockEntry(next)) break;
      end = index;
      continue;
    }
    if (!isLinkBlockEntry(line)) break;
    entries++;
    end = index;
  }
  return end;
}

/**
 * The index of the last line of the comments `start` opens (after a line that
 * leads into them): entries headed by their writer and time (each with its
 * words, up to a blank line), by their writer alone ("**Name:**", the words in
 * the next paragraph), by their writer and words on one line ("Name: words"),
 * or written as a handle. The first line that is none of
 * these is the story's again.
 */
function endOfCommentBlock(lines: string[], start: number): number {
  let end = start;
  let inEntry = false;
  // (A writer alone on a line has its words in the next paragraph, past the blank line.)
  let wordsToCome = false;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      inEntry = wordsToCome;
      continue;
    }
    wordsToCome = COMMENTER_HEAD.test(line);
    if (COMMENTER_LINE.test(line) || wordsToCome) inEntry = true;
    else if (!inEntry && !HANDLE_LINE.test(line) && !COMMENTER_AND_WORDS.test(line) && !(end === start && COMMENTS_LEAD.test(line))) break;
    end = index;
  }
  return end;
}
