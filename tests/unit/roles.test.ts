/**
 * What a profile presents as held now: each office reduced to its newest
 * report, grouped current / former / prospective, and the career timeline;
 * the same for party ties; and the words that say a tie's standing.
 * Invented people and articles, written by hand.
 */
import { describe, expect, it } from 'vitest';
import type { PersonEntry } from '../../src/schemas';
import { currentRoleLine, relationLabel, tiePhrase, titleWithTense } from '../../src/site/fact-words';
import { careerTimeline, groupRoles, groupTies, personOffices, type Tense } from '../../src/site/roles';

type Role = PersonEntry['roles'][number];
type Tie = PersonEntry['parties'][number];

/** A role as one article reports it; `date` is the article's, `article` names it. */
function role(title: string, organisation: string | undefined, tense: Tense, date?: string, article = `a-${date ?? 'undated'}`): Role {
  return {
    title,
    ...(organisation ? { organisation } : {}),
    tense,
    evidence: { article, articleTitle: `Article ${article}`, sentence: `${tense} ${title}.`, ...(date ? { date } : {}) },
  };
}

function tie(slug: string, relation: string, tense: Tense, date?: string, article = `a-${date ?? 'undated'}`): Tie {
  return {
    slug,
    name: slug.toUpperCase(),
    relation,
    tense,
    evidence: { article, articleTitle: `Article ${article}`, sentence: `${relation} of ${slug}.`, ...(date ? { date } : {}) },
  };
}

const lines = (offices: { title: string; organisation?: string }[]) => offices.map((office) => [office.title, office.organisation].filter(Boolean).join(', '));

describe('groupRoles', () => {
  it('makes an office former when its newest report says former, whatever older ones said', () => {
    const groups = groupRoles([
      role('Woman Representative', 'Nakuru', 'current', '2022-03-14'),
      role('Woman Representative', 'Nakuru', 'former', '2025-06-02'),
      role('Senator', 'Nakuru', 'current', '2025-06-02'),
    ]);
    expect(lines(groups.current)).toEqual(['Senator, Nakuru']);
    expect(lines(groups.former)).toEqual(['Woman Representative, Nakuru']);
    expect(groups.former[0]?.latest.evidence.date).toBe('2025-06-02');
  });

  it('makes an office current again when a newer report says it is held', () => {
    const groups = groupRoles([role('Governor', 'Kisumu', 'former', '2019-01-10'), role('Governor', 'Kisumu', 'current', '2023-05-01')]);
    expect(lines(groups.current)).toEqual(['Governor, Kisumu']);
    expect(groups.former).toEqual([]);
  });

  it('cites the newest report of a current office, not the first found', () => {
    const [office] = groupRoles([role('MP', 'Lugari', 'current', '2021-02-01'), role('MP', 'Lugari', 'current', '2024-09-30')]).current;
    expect(office?.latest.evidence.date).toBe('2024-09-30');
    expect(office?.reports.map((report) => report.evidence.date)).toEqual(['2024-09-30', '2021-02-01']);
  });

  it('counts undated reports as older than dated ones, but still shows an office reported only undated', () => {
    const groups = groupRoles([
      role('Chairman', 'Finance Committee', 'former'),
      role('Chairman', 'Finance Committee', 'current', '2024-01-01'),
      role('Whip', 'Senate', 'current'),
    ]);
    expect(lines(groups.current)).toEqual(['Chairman, Finance Committee', 'Whip, Senate']);
    expect(groups.former).toEqual([]);
  });

  it('lets a "former" with no organisation end the one office of that title', () => {
    const groups = groupRoles([role('Woman Representative', 'Nakuru', 'current', '2022-03-14'), role('Woman Representative', undefined, 'former', '2025-06-02')]);
    expect(groups.current).toEqual([]);
    expect(lines(groups.former)).toEqual(['Woman Representative, Nakuru']);
  });

  it('keeps two places of one title apart, and a place-less report apart from both', () => {
    const offices = personOffices([
      role('MP', 'Lugari', 'current', '2022-01-01'),
      role('MP', 'Malava', 'former', '2023-01-01'),
      role('MP', undefined, 'former', '2024-01-01'),
    ]);
    expect(offices.map((office) => [office.title, office.organisation ?? '-', office.tense])).toEqual([
      ['MP', '-', 'former'],
      ['MP', 'Malava', 'former'],
      ['MP', 'Lugari', 'current'],
    ]);
  });

  it('treats case, hyphens and spacing in a title as the same office', () => {
    const offices = personOffices([role('Secretary-General', 'UPA', 'current', '2022-01-01'), role('secretary general', 'UPA', 'former', '2024-01-01')]);
    expect(offices).toHaveLength(1);
    expect(offices[0]?.tense).toBe('former');
  });

  it('believes "former" over "current" when one day’s reports disagree', () => {
    const groups = groupRoles([role('Governor', 'Nakuru', 'current', '2025-01-01', 'x'), role('Governor', 'Nakuru', 'former', '2025-01-01', 'y')]);
    expect(groups.current).toEqual([]);
    expect(groups.former[0]?.latest.evidence.article).toBe('y');
  });

  it('puts acting offices with the current ones, incoming and sought ones apart', () => {
    const groups = groupRoles([
      role('Governor', 'Kiambu', 'acting', '2024-02-01'),
      role('Senator', 'Kiambu', 'aspiring', '2024-03-01'),
      role('Cabinet Secretary', 'Treasury', 'incoming', '2024-04-01'),
    ]);
    expect(lines(groups.current)).toEqual(['Governor, Kiambu']);
    expect(groups.prospective.map((office) => [office.title, office.tense])).toEqual([
      ['Cabinet Secretary', 'incoming'],
      ['Senator', 'aspiring'],
    ]);
  });

  it('orders each group newest report first, undated last', () => {
    const groups = groupRoles([
      role('Whip', 'Senate', 'current'),
      role('MP', 'Lugari', 'current', '2021-01-01'),
      role('Chairman', 'Budget Committee', 'current', '2024-01-01'),
    ]);
    expect(lines(groups.current)).toEqual(['Chairman, Budget Committee', 'MP, Lugari', 'Whip, Senate']);
  });
});

describe('careerTimeline', () => {
  it('lists every dated report oldest first, one per office and day, leaving out the undated', () => {
    const offices = personOffices([
      role('Senator', 'Nakuru', 'current', '2025-06-02'),
      role('Woman Representative', 'Nakuru', 'current', '2022-03-14'),
      role('Woman Representative', 'Nakuru', 'former', '2025-06-02'),
      role('Woman Representative', 'Nakuru', 'current', '2022-03-14', 'another'),
      role('Whip', 'Senate', 'current'),
    ]);
    expect(careerTimeline(offices).map((entry) => [entry.date, entry.title, entry.tense])).toEqual([
      ['2022-03-14', 'Woman Representative', 'current'],
      ['2025-06-02', 'Senator', 'current'],
      ['2025-06-02', 'Woman Representative', 'former'],
    ]);
  });
});

describe('groupTies', () => {
  it('ends every tie to a party that a newer report says the person left', () => {
    const groups = groupTies([
      tie('odm', 'Secretary-General', 'current', '2020-05-01'),
      tie('odm', 'left', 'current', '2023-08-01'),
      tie('uda', 'joined', 'current', '2023-08-01'),
    ]);
    expect(groups.current.map((standing) => [standing.latest.slug, standing.latest.relation])).toEqual([['uda', 'joined']]);
    expect(groups.former.map((standing) => [standing.latest.slug, standing.latest.relation])).toEqual([
      ['odm', 'left'],
      ['odm', 'Secretary-General'],
    ]);
  });

  it('keeps a tie reported after the person left, as a return', () => {
    const groups = groupTies([tie('odm', 'left', 'current', '2020-01-01'), tie('odm', 'member', 'current', '2024-01-01')]);
    expect(groups.current.map((standing) => standing.latest.relation)).toEqual(['member']);
  });

  it('follows the newest report of each tie, and keeps an editor’s tie current', () => {
    const editor: Tie = { slug: 'upa', name: 'UPA', relation: 'member', tense: 'current' };
    const groups = groupTies([tie('jdc', 'leader', 'current', '2021-01-01'), tie('jdc', 'leader', 'former', '2024-01-01'), editor]);
    expect(groups.current).toEqual([{ latest: editor, tense: 'current', reports: [editor] }]);
    expect(groups.former.map((standing) => standing.latest.evidence?.date)).toEqual(['2024-01-01']);
  });
});

describe('the words', () => {
  it('says an office’s tense before its title when its group does not', () => {
    expect(titleWithTense('Governor', 'acting')).toBe('Acting Governor');
    expect(titleWithTense('Senator', 'aspiring')).toBe('Candidate for Senator');
    expect(titleWithTense('Senator', 'current')).toBe('Senator');
  });

  it('words a tie plainly, in its tense', () => {
    expect(tiePhrase('member', 'current')).toBe('Member of');
    expect(tiePhrase('member', 'former')).toBe('Former member of');
    expect(tiePhrase('Secretary-General', 'current')).toBe('Secretary-General of');
    expect(tiePhrase('National Chairman', 'incoming')).toBe('Incoming National Chairman of');
    expect(tiePhrase('left', 'former')).toBe('Left');
    expect(tiePhrase('joined', 'current')).toBe('Joined');
    expect(tiePhrase('candidate', 'aspiring')).toBe('Candidate of');
    expect(tiePhrase('member', 'aspiring')).toBe('Seeking to join');
  });

  it('labels a party’s former people as former, except those who left', () => {
    expect(relationLabel('Treasurer', 'former')).toBe('former Treasurer');
    expect(relationLabel('left', 'former')).toBe('left');
    expect(relationLabel('member', 'current')).toBe('member');
  });

  it('sums a person up by their newest current office only', () => {
    expect(currentRoleLine([role('Woman Representative', 'Nakuru', 'former', '2025-06-02'), role('Senator', 'Nakuru', 'current', '2025-06-02')])).toBe('Senator, Nakuru');
    expect(currentRoleLine([role('Governor', 'Kiambu', 'acting', '2024-01-01')])).toBe('Acting Governor, Kiambu');
    expect(currentRoleLine([role('Governor', 'Kiambu', 'former', '2024-01-01')])).toBeUndefined();
  });
});
