/**
 * The read stage on small seed-like files (fixtures/read/) and on one real seed:
 * bytes in, an article or the problems that kept it out.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/read/index';
import type { Article, SeedFile } from '../../src/pipeline/types';
import { fixtureSeed, fixtureText, repoSeed, seed } from './helpers';

/** Reads a fixture that must give an article, with no problem at all. */
function readFixture(name: string): Article {
  return readOk(fixtureSeed('read', name));
}

function readOk(file: SeedFile): Article {
  const { article, problems } = readArticle(file);
  expect(problems).toEqual([]);
  expect(article).toBeDefined();
  return article!;
}

/** The one problem a file gives instead of an article. */
function readProblem(file: SeedFile) {
  const { article, problems } = readArticle(file);
  expect(article).toBeUndefined();
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

const problemOf = (name: string) => readProblem(fixtureSeed('read', name));

describe('decoding', () => {
  const text = fixtureText('read', 'paragraphs-blank-lines.txt');
  // The LF reading, checked paragraph by paragraph under "paragraphs" below.
  const plain = readArticle(seed('plain.txt', text)).article!;

  it('reads UTF-8 with a byte order mark as if it had none', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const withBom = readOk({ name: 'bom.txt', bytes });
    expect([withBom.title, withBom.paragraphs]).toEqual([plain.title, plain.paragraphs]);
  });

  it('reads UTF-16LE with a byte order mark', () => {
    const utf16 = readOk({ name: 'utf16.txt', bytes: Buffer.from(`\uFEFF${text}`, 'utf16le') });
    expect([utf16.title, utf16.paragraphs]).toEqual([plain.title, plain.paragraphs]);
  });

  it('reports invalid UTF-8 with the file name and the line of the bad byte', () => {
    // 0xE9 is "é" in Latin-1: a file saved in the wrong encoding, bad byte on line 4.
    const lines = 'Nyeri MCAs meet\n\nThe Assembly met on Tuesday.\nMembers then went to Caf';
    const bytes = new Uint8Array([...new TextEncoder().encode(lines), 0xe9, ...new TextEncoder().encode(' Nyeri.\n')]);
    const problem = readProblem({ name: 'latin-1.txt', bytes });
    expect(problem).toMatchObject({ file: 'latin-1.txt', line: 4 });
    expect(problem.message).toMatch(/^latin-1\.txt:4 .*UTF-8/);
  });

  it('reports a file with NUL bytes as binary', () => {
    const zipHeader = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    const problem = readProblem({ name: 'photos.txt', bytes: zipHeader });
    expect(problem.file).toBe('photos.txt');
    expect(problem.message).toMatch(/^photos\.txt .*binary/);
  });

  it('reports an empty file', () => {
    expect(readProblem(seed('empty.txt', '')).message).toBe('empty.txt is empty');
  });

  it('reports a file of only whitespace as empty', () => {
    expect(readProblem(seed('blank.txt', ' \n\t\n   \n')).message).toBe('blank.txt is empty');
  });

  it('reports a file that is nothing but boilerplate', () => {
    expect(problemOf('only-boilerplate.txt').message).toMatch(/^only-boilerplate\.txt .*no article text/);
  });

  it('gives the same article for CRLF and lone CR line endings as for LF', () => {
    const crlf = readOk(seed('crlf.txt', text.replace(/\n/g, '\r\n')));
    const cr = readOk(seed('cr.txt', text.replace(/\n/g, '\r')));
    expect([crlf.title, crlf.paragraphs]).toEqual([plain.title, plain.paragraphs]);
    expect([cr.title, cr.paragraphs]).toEqual([plain.title, plain.paragraphs]);
  });
});

describe('paragraphs', () => {
  const impeachment = 'Members of the Nyeri County Assembly on Tuesday voted to impeach Governor Wanjiru Kamau over the stalled Karatina market.';
  const motion = 'The motion, tabled by Mathira MCA Peter Gitau, passed with 38 votes against 9.';
  const response = 'The governor has seven days to respond before the Senate takes up the matter.';

  it('splits paragraphs at blank lines', () => {
    expect(readFixture('paragraphs-blank-lines.txt').paragraphs).toEqual([impeachment, motion, response]);
  });

  it('makes each line a paragraph when lines are separated by single newlines', () => {
    expect(readFixture('paragraphs-single-newlines.txt').paragraphs).toEqual([impeachment, motion, response]);
  });

  it('joins a hard-wrapped block back into one paragraph', () => {
    expect(readFixture('paragraphs-hard-wrapped.txt').paragraphs).toEqual([
      'Members of the Nyeri County Assembly on Tuesday voted to impeach Governor Wanjiru Kamau over the stalled Karatina market, which was meant to open three years ago and has cost the county more than 400 million shillings.',
      'The motion, tabled by Mathira MCA Peter Gitau, passed with 38 votes against 9 after a debate that lasted most of the afternoon.',
    ]);
  });

  it('joins a hard-wrapped block even when a wrapped line ends at a full stop', () => {
    expect(readFixture('hard-wrapped-sentence-end.txt').paragraphs).toEqual([
      'Kalumbu Mutisya met Obare Odongo in Machakos on Friday, in talks that insiders said were meant to cool tensions within the Azimio coalition. Neither camp issued a statement after the meeting, and aides to both leaders declined to comment when reached by phone on Saturday.',
    ]);
  });
});

describe('boilerplate', () => {
  const senators = 'Senators on Wednesday rejected the proposed county revenue sharing formula after a stormy sitting in Nairobi.';
  const otieno = 'Kisumu Senator Achieng Otieno said the formula punished counties with large populations.';
  const review = 'The formula will now go back to the Commission on Revenue Allocation for review.';

  it('removes an "Also Read" list from the middle of a real seed and keeps the story around it', () => {
    const { paragraphs } = readOk(repoSeed('002_6972000eb6e45fbc.txt'));
    const text = paragraphs.join('\n');
    for (const headline of [
      'Power, Trust and Survival',
      'Fill Nyayo!Ruto Urges Massive Turnout',
      'From Struggle to Spotlight',
      'Beyond Politics: Kalonzo Joins Kavindu',
      'ODM Told Its Own Members',
      'Also Read',
    ]) {
      expect(text).not.toContain(headline);
    }
    const before = paragraphs.findIndex((p) => p.startsWith('The leadership wrangles have pitted different factions'));
    const after = paragraphs.findIndex((p) => p.startsWith('Kalonzo, who has previously expressed dissatisfaction'));
    expect(before).toBeGreaterThan(-1);
    expect(after).toBe(before + 1);
    // 21 lines: 8 story lines, the heading and 5 headlines, 7 story lines.
    expect(paragraphs).toHaveLength(15);
  });

  it('removes an "Also Read" heading and its "- " headlines between two paragraphs', () => {
    const article = readFixture('also-read-block.txt');
    expect(article.paragraphs).toEqual([senators, otieno, review, 'The Senate will sit again next Tuesday.']);
  });

  it('removes a single "READ MORE: headline" line', () => {
    expect(readFixture('read-more-line.txt').paragraphs).toEqual([senators, otieno]);
  });

  it('removes a "Related Stories" heading and the unbulleted headlines after it', () => {
    expect(readFixture('related-stories.txt').paragraphs).toEqual([senators, otieno]);
  });

  it('removes a byline "By Jane Doe"', () => {
    const article = readFixture('byline.txt');
    expect([article.title, ...article.paragraphs].join('\n')).not.toContain('Jane Doe');
  });

  it('keeps a story sentence that starts with "By"', () => {
    expect(readFixture('sentence-starting-by.txt').paragraphs).toContain(
      'By Thursday evening, governors had threatened to shut down counties over the delayed funds.',
    );
  });

  it('removes photo credits "PHOTO | FILE" and "Photo: Twitter"', () => {
    expect(readFixture('photo-credits.txt').paragraphs).toEqual([senators, otieno, review]);
  });

  it('removes a photo caption ending in "| COURTESY"', () => {
    expect(readFixture('caption-courtesy.txt').paragraphs).toEqual([senators, otieno]);
  });

  it('removes "Download the ... App" and "Follow us on ..." lines', () => {
    expect(readFixture('app-and-social.txt').paragraphs).toEqual([senators, otieno, review]);
  });

  it('keeps a paragraph that says "read more" or "photo" in the middle of a sentence', () => {
    expect(readFixture('read-more-photo-mid-sentence.txt').paragraphs).toHaveLength(3);
  });

  it('keeps a story sentence with "photo:" in the middle', () => {
    expect(readFixture('photo-colon-mid-sentence.txt').paragraphs).toHaveLength(3);
  });

  it('keeps a quote that says "like us on" in the middle', () => {
    expect(readFixture('like-us-on-mid-sentence.txt').paragraphs).toHaveLength(3);
  });
});

describe('headline', () => {
  it('takes a short first line as the title and leaves it out of the body', () => {
    const article = readFixture('headline-explicit.txt');
    expect(article).toMatchObject({ title: 'Kalumbu and Obare meet in Machakos', titleDerived: false });
    expect(article.paragraphs).toEqual([
      "Wiper leader Kalumbu Mutisya met ODM's Obare Odongo in Machakos on Friday.",
      'The two did not speak to the press afterwards.',
    ]);
  });

  it('takes a headline followed by a single newline as the title', () => {
    const article = readFixture('headline-single-newline.txt');
    expect(article.title).toBe('Kalumbu and Obare meet in Machakos as Azimio leadership row deepens');
  });

  it('derives the title from a short first sentence, without its full stop, and keeps the paragraph', () => {
    const article = readFixture('headline-short-sentence.txt');
    expect(article).toMatchObject({ title: 'Wiper leader Kalumbu Mutisya met Obare Odongo in Machakos on Friday', titleDerived: true });
    expect(article.paragraphs[0]).toMatch(/^Wiper leader Kalumbu Mutisya met Obare Odongo in Machakos on Friday\. The talks/);
  });

  it('cuts a long first sentence at its last clause boundary and drops the comma left at the cut', () => {
    const { title } = readFixture('headline-cut-comma.txt');
    expect(title).toBe('Opposition leaders from the Azimio coalition, including Wiper leader Kalumbu Mutisya, alongside ODM officials…');
    expect(title.length).toBeLessThanOrEqual(111);
  });

  it('drops a dash left at the cut', () => {
    expect(readFixture('headline-cut-dash.txt').title).toBe(
      'Opposition leaders from the Azimio coalition, including Wiper leader Kalumbu Mutisya — alongside ODM officials…',
    );
  });

  it('cuts after a quotation, not inside it', () => {
    expect(readFixture('headline-cut-quote.txt').title).toBe(
      'Speaking in Machakos on Friday, Wiper leader Kalumbu Mutisya said the party would “never bow to intimidation”…',
    );
  });
});

describe('Markdown with front matter', () => {
  it('reads title, outlet and url, and the date as YYYY-MM-DD', () => {
    const article = readFixture('front-matter.md');
    expect(article).toMatchObject({
      title: 'Senators reject county revenue formula',
      titleDerived: false,
      date: '2025-03-05',
      outlet: 'The Standard',
      url: 'https://www.example.com/news/senators-reject-revenue-formula',
    });
  });

  it('gives plain-text paragraphs and keeps the Markdown body for rendering', () => {
    const article = readFixture('front-matter.md');
    expect(article.paragraphs).toEqual([
      'Senators on Wednesday rejected the proposed county revenue sharing formula.',
      'Kisumu Senator Achieng Otieno said the formula punished counties with large populations.',
    ]);
    expect(article.markdown).toContain('**rejected**');
  });

  it('reads no words from a picture: its alt text is a caption, which the page does not show either', () => {
    const article = readOk(
      seed('picture.md', '---\ntitle: Defection\n---\n\n![Nairobi Governor Wambui Nyaga Karanu receives her card](https://example.com/x.jpg)\n\nFormer Nairobi Deputy Governor Wambui Nyaga Karanu has joined the party. ![a rally](y.jpg) She said so on Sunday.\n'),
    );
    expect(article.paragraphs).toEqual(['Former Nairobi Deputy Governor Wambui Nyaga Karanu has joined the party. She said so on Sunday.']);
  });

  it('reads a heading that opens the body with the title\'s words as the headline, not as the story\'s words', () => {
    const text = '---\ntitle: "Kwale By-Election: Widow, Aide Face Off"\n---\n\n# Kwale By-Election: Widow, Aide Face Off\n\nThe widow of the late MP, Halima Mwanaisha Chiraga, is on the ballot.\n';
    const article = readOk(seed('heading.md', text));
    expect(article.title).toBe('Kwale By-Election: Widow, Aide Face Off');
    expect(article.paragraphs).toEqual(['The widow of the late MP, Halima Mwanaisha Chiraga, is on the ballot.']);
    expect(article.markdown).not.toContain('# ');
  });

  it('reads a bold line that opens the body with the title\'s words as the headline ("Ex-Governor Y Trade Barbs" made a person "Y Trade")', () => {
    const text = '---\ntitle: "Senator Chiraga, Ex-Governor Mwamburi Trade Barbs Over Port Cash"\n---\n\n**Senator Chiraga, Ex-Governor Mwamburi Trade Barbs Over Port Cash**\n\nSenator Halima Mwanaisha Chiraga spoke on Monday.\n';
    const article = readOk(seed('bold-title.md', text));
    expect(article.paragraphs).toEqual(['Senator Halima Mwanaisha Chiraga spoke on Monday.']);
    const other = readOk(seed('bold-lead.md', '---\ntitle: Chiraga speaks\n---\n\n**Senator Halima Mwanaisha Chiraga spoke on Monday.**\n\nShe was brief.\n'));
    expect(other.paragraphs).toEqual(['Senator Halima Mwanaisha Chiraga spoke on Monday.', 'She was brief.']);
  });

  it('takes a first-level heading that opens a body with no title as the headline', () => {
    const article = readOk(seed('no-title.md', '# Chiraga Files Her Papers\n\nHalima Mwanaisha Chiraga presented her papers on Monday.\n'));
    expect(article).toMatchObject({ title: 'Chiraga Files Her Papers', titleDerived: false, paragraphs: ['Halima Mwanaisha Chiraga presented her papers on Monday.'] });
  });

  it('keeps an opening heading that is not the headline as the story\'s', () => {
    const article = readOk(seed('section.md', '---\ntitle: Chiraga files her papers\n---\n\n## Background\n\nHalima Mwanaisha Chiraga presented her papers on Monday.\n'));
    expect(article.paragraphs).toEqual(['Background', 'Halima Mwanaisha Chiraga presented her papers on Monday.']);
  });

  it('reports front matter that is never closed, at line 1', () => {
    const problem = problemOf('front-matter-unclosed.md');
    expect(problem).toMatchObject({ file: 'front-matter-unclosed.md', line: 1 });
    expect(problem.message).toMatch(/^front-matter-unclosed\.md:1 .*never closed/);
  });

  it('reports invalid YAML with the file name and a line number', () => {
    const problem = problemOf('front-matter-invalid-yaml.md');
    expect(problem.file).toBe('front-matter-invalid-yaml.md');
    expect(problem.line).toEqual(expect.any(Number));
    expect(problem.message).toMatch(/^front-matter-invalid-yaml\.md:\d+ .*not valid YAML/);
  });

  it('reports invalid YAML at the line of the mistake', () => {
    expect(problemOf('front-matter-invalid-yaml.md').line).toBe(4);
  });

  it('reports a date that is not a calendar date at its line', () => {
    const problem = problemOf('front-matter-bad-date.md');
    expect(problem).toMatchObject({ file: 'front-matter-bad-date.md', line: 4 });
    expect(problem.message).toContain('2025-02-30');
  });

  it('reports a url that does not start with http(s):// at its line', () => {
    const problem = problemOf('front-matter-bad-url.md');
    expect(problem).toMatchObject({ file: 'front-matter-bad-url.md', line: 5 });
    expect(problem.message).toContain('url');
  });

  it('warns about an unknown key at its line and still reads the article', () => {
    const { article, problems } = readArticle(fixtureSeed('read', 'front-matter-unknown-key.md'));
    expect(article).toMatchObject({ title: 'Senators reject county revenue formula', date: '2025-03-05' });
    expect(problems).toEqual([{ file: 'front-matter-unknown-key.md', line: 3, message: expect.stringContaining('`tags`') }]);
  });

  it('reads the byline from an `author` key, as written', () => {
    const text = '---\ntitle: Governors back revenue bill\nauthor: Wanjiku Mbatia & Otieno Rakwaro\n---\n\nGovernor Esther Kaaria spoke in Embu on Monday.\n';
    const article = readOk({ name: 'byline.md', bytes: Buffer.from(text) });
    expect(article.author).toBe('Wanjiku Mbatia & Otieno Rakwaro');
    expect(readOk({ name: 'no-byline.md', bytes: Buffer.from('---\ntitle: No byline\n---\n\nGovernor Esther Kaaria spoke.\n') }).author).toBeUndefined();
  });

  it('reports an article whose body is empty', () => {
    const problem = problemOf('front-matter-empty-body.md');
    expect(problem.file).toBe('front-matter-empty-body.md');
    expect(problem.message).toMatch(/no article text/);
  });
});
