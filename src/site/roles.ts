/**
 * What a profile may present as holding now: a person's reported offices and
 * party ties, each reduced to its newest report, then grouped as current,
 * former and prospective (incoming or sought), plus a career timeline of the
 * dated reports. Pure, so the same content always gives the same page.
 *
 * An article's date is when a fact was *reported*, never when it began or ended:
 * an office reported current in 2022 and former in 2025 is former, and one only
 * ever reported in 2022 is shown as "as reported on" that day, not as today's.
 */
import type { Evidence, PersonEntry } from '../schemas';

export type Tense = PersonEntry['roles'][number]['tense'];

/** Anything reported with a tense and, usually, an article behind it. */
export interface Report {
  tense: Tense;
  /** Absent only for what an editor added: no article, no date. */
  evidence?: Evidence;
}

/** One office (or tie) as the articles report it over time. */
export interface Standing<R extends Report> {
  /** Its newest report: what the profile says of it now, with the article to cite. */
  latest: R;
  /** Its standing by that report. */
  tense: Tense;
  /** Every report of it, newest first; undated ones after dated ones, in content order. */
  reports: R[];
}

/** Offices (or ties) grouped by their newest report. */
export interface Grouped<S> {
  /** Reported current or acting by the newest article that names them. */
  current: S[];
  former: S[];
  /** Not (yet) held: incoming, or sought by a candidate. */
  prospective: S[];
}

const groupOf: Record<Tense, keyof Grouped<unknown>> = {
  current: 'current',
  acting: 'current',
  former: 'former',
  incoming: 'prospective',
  aspiring: 'prospective',
};

/**
 * When reports of the same day (or only undated ones) disagree, the one that
 * claims least about the present wins: an office ended beats one held, one
 * held beats one merely expected or sought.
 */
const doubt: Record<Tense, number> = { former: 0, acting: 1, current: 2, incoming: 3, aspiring: 4 };

/**
 * Newest report first: dated before undated, later dates first; equal dates
 * (and undated pairs) by doubt. Stable, so equal reports keep content order.
 */
export function byNewestReport(a: Report, b: Report): number {
  const dateA = a.evidence?.date;
  const dateB = b.evidence?.date;
  if (dateA !== dateB) {
    if (dateA === undefined) return 1;
    if (dateB === undefined) return -1;
    return dateA < dateB ? 1 : -1;
  }
  return doubt[a.tense] - doubt[b.tense];
}

/**
 * Reports grouped by `keyOf`, each group reduced to its newest report, the
 * groups in the order of their newest reports (newest first).
 */
export function standings<R extends Report>(reports: readonly R[], keyOf: (report: R) => string): Standing<R>[] {
  const byKey = new Map<string, R[]>();
  for (const report of reports) byKey.set(keyOf(report), [...(byKey.get(keyOf(report)) ?? []), report]);
  return [...byKey.values()]
    .map((group) => {
      const sorted = [...group].sort(byNewestReport);
      const latest = sorted[0] as R;
      return { latest, tense: latest.tense, reports: sorted };
    })
    .sort((a, b) => byNewestReport(a.latest, b.latest));
}

/** Standings split into current, former and prospective, each keeping its order. */
export function grouped<S extends { tense: Tense }>(list: readonly S[]): Grouped<S> {
  const groups: Grouped<S> = { current: [], former: [], prospective: [] };
  for (const standing of list) groups[groupOf[standing.tense]].push(standing);
  return groups;
}

/** A title or organisation compared as words: case, hyphens and spacing aside. */
export function officeWords(text: string | undefined): string {
  return (text ?? '').toLowerCase().replace(/[-–‐]/g, ' ').replace(/[.\s]+/g, ' ').trim();
}

type Role = PersonEntry['roles'][number];

/** One office: its title and where it is held, from the newest report that names them. */
export interface Office extends Standing<Role> {
  title: string;
  organisation?: string;
  organisationSlug?: string;
}

/**
 * A person's offices by their newest reports. An office is a title and an
 * organisation; a report that gives no organisation ("former Woman
 * Representative") belongs to the one office of that title when the articles
 * name only one, so that a later "former" ends it.
 */
export function personOffices(roles: readonly Role[]): Office[] {
  const places = new Map<string, Set<string>>();
  for (const role of roles) {
    if (role.organisation === undefined) continue;
    const title = officeWords(role.title);
    places.set(title, (places.get(title) ?? new Set()).add(officeWords(role.organisation)));
  }
  const keyOf = (role: Role) => {
    const title = officeWords(role.title);
    const only = places.get(title);
    const place = role.organisation !== undefined ? officeWords(role.organisation) : only?.size === 1 ? [...only][0] : '';
    return `${title}\u0000${place}`;
  };
  return standings(roles, keyOf).map((standing) => {
    const named = standing.reports.find((role) => role.organisation !== undefined);
    return {
      ...standing,
      title: standing.latest.title,
      ...(named?.organisation !== undefined ? { organisation: named.organisation } : {}),
      ...(named?.organisationSlug !== undefined ? { organisationSlug: named.organisationSlug } : {}),
    };
  });
}

/** A person's offices as a profile shows them: current, former, then incoming and sought. */
export function groupRoles(roles: readonly Role[]): Grouped<Office> {
  return grouped(personOffices(roles));
}

type Tie = PersonEntry['parties'][number];

/**
 * A person's party ties by their newest reports, one per party and relation.
 * "Left" is a former tie whatever its tense, and it ends every other tie to
 * the same party that was not reported after it. A tie an editor added (no
 * article) stands as the editor wrote it: current.
 */
export function groupTies(ties: readonly Tie[]): Grouped<Standing<Tie>> {
  const editorial = ties.filter((tie) => tie.evidence === undefined).map((tie) => ({ latest: tie, tense: 'current' as const, reports: [tie] }));
  const reported = ties.filter((tie) => tie.evidence !== undefined).map((tie) => (isLeaving(tie) ? { ...tie, tense: 'former' as const } : tie));
  const list = standings(reported, (tie) => `${tie.slug}\u0000${officeWords(tie.relation)}`);
  const ended = list.map((standing) => {
    const departure = list.find(
      (other) => other.latest.slug === standing.latest.slug && isLeaving(other.latest) && byNewestReport(other.latest, standing.latest) <= 0,
    );
    return departure && standing.tense !== 'former' ? { ...standing, tense: 'former' as const } : standing;
  });
  return grouped([...ended, ...editorial]);
}

function isLeaving(tie: Tie): boolean {
  return officeWords(tie.relation) === 'left';
}

/** One point of a career timeline: an office, as one article reported it on its day. */
export interface TimelineEntry {
  date: string;
  title: string;
  organisation?: string;
  tense: Tense;
  evidence: Evidence;
}

/**
 * Every dated report of every office, oldest first, one per office and day
 * (the most doubtful of that day's reports). Undated reports have no place on it.
 */
export function careerTimeline(offices: readonly Office[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const office of offices) {
    const days = new Set<string>();
    for (const role of office.reports) {
      const date = role.evidence.date;
      if (date === undefined || days.has(date)) continue;
      days.add(date);
      entries.push({
        date,
        title: office.title,
        ...(office.organisation !== undefined ? { organisation: office.organisation } : {}),
        tense: role.tense,
        evidence: role.evidence,
      });
    }
  }
  return entries.sort((a, b) => compare(a.date, b.date) || compare(officeWords(a.title), officeWords(b.title)));
}

/** Code-point order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
