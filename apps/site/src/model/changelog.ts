/**
 * The dataset changelog (issue 17): what changed on each day, from the records'
 * `record.added` and `record.modified` dates and their corrections logs,
 * grouped by date, newest first. A pure function of the dataset.
 */
import type { Dataset } from '@atlas/data';
import { localized } from './format.ts';
import type { Locale } from './locale.ts';

export interface ChangelogEntry {
  id: string;
  title: string;
  lang: Locale;
}

export interface ChangelogDay {
  /** YYYY-MM-DD */
  date: string;
  added: ChangelogEntry[];
  /** Modified that day without being added that day. */
  modified: ChangelogEntry[];
  corrections: (ChangelogEntry & { description: string })[];
}

export function changelog(dataset: Dataset, locale: Locale): ChangelogDay[] {
  const days = new Map<string, ChangelogDay>();
  const day = (date: string): ChangelogDay => {
    let d = days.get(date);
    if (!d) {
      d = { date, added: [], modified: [], corrections: [] };
      days.set(date, d);
    }
    return d;
  };
  for (const i of dataset.incidents) {
    const title = localized(i.title, locale);
    const entry = { id: i.id, title: title.text, lang: title.lang };
    day(i.record.added).added.push(entry);
    if (i.record.modified !== i.record.added) day(i.record.modified).modified.push(entry);
    for (const c of i.corrections ?? []) day(c.date).corrections.push({ ...entry, description: c.description });
  }
  const byId = (a: ChangelogEntry, b: ChangelogEntry) => a.id.localeCompare(b.id);
  return [...days.values()]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((d) => ({ ...d, added: d.added.sort(byId), modified: d.modified.sort(byId), corrections: d.corrections.sort(byId) }));
}

/** One published version of the dataset: the current one (from the dataset) or a frozen older one. */
export interface DataVersion {
  /** `<latest record.modified>.<8 hex of the content hash>` */
  version: string;
  /** YYYY-MM-DD: the latest `record.modified` of the version, the first part of its name. */
  date: string;
  /** The file names under /data/v/<version>/, sorted. */
  files: string[];
  /** How many records the version holds, when its incidents.json says. */
  records: number | undefined;
  current: boolean;
}

/** A version's date, the first part of its name. */
export const versionDate = (version: string): string => version.slice(0, 10);

/** What changed in one version: the changelog days it was the first to publish, newest first. */
export interface VersionChanges {
  version: DataVersion;
  days: ChangelogDay[];
}

/**
 * Gives each changelog day to the version that first published it: the oldest
 * version dated on or after that day (a version is named after its latest
 * `record.modified`, so it holds every change up to that date). Days older
 * than the oldest known version belong to it; a day newer than every version
 * (which a valid dataset does not have) to the newest. Two versions of the
 * same day cannot be told apart by date: the day's changes go to the first of
 * them by name. Returns the versions newest first, each with its days.
 */
export function changesByVersion(days: readonly ChangelogDay[], versions: readonly DataVersion[]): VersionChanges[] {
  const oldestFirst = [...versions].sort((a, b) => a.date.localeCompare(b.date) || a.version.localeCompare(b.version));
  const out = oldestFirst.map((version) => ({ version, days: [] as ChangelogDay[] }));
  const last = out.at(-1);
  if (!last) return [];
  for (const d of days) (out.find((v) => v.version.date >= d.date) ?? last).days.push(d);
  for (const v of out) v.days.sort((a, b) => b.date.localeCompare(a.date));
  return out.reverse();
}

/** One line of the changelog: a record added, updated or corrected on a day, in a version. */
export interface ChangeItem {
  version: DataVersion;
  date: string;
  kind: 'added' | 'modified' | 'corrections';
  entry: ChangelogEntry & { description?: string };
}

/** The changelog as lines, in reading order: versions newest first, then days newest first, then added, updated, corrected. */
export function changeItems(byVersion: readonly VersionChanges[]): ChangeItem[] {
  return byVersion.flatMap(({ version, days }) =>
    days.flatMap((d) => [
      ...d.added.map((entry) => ({ version, date: d.date, kind: 'added' as const, entry })),
      ...d.modified.map((entry) => ({ version, date: d.date, kind: 'modified' as const, entry })),
      ...d.corrections.map((entry) => ({ version, date: d.date, kind: 'corrections' as const, entry })),
    ]),
  );
}

/**
 * How much text one page of the changelog may carry, counted in characters of
 * titles and descriptions plus a fixed cost per line for its markup. A
 * correction's description may be 1,000 characters, so pages are cut by
 * weight, not by a number of lines: with real titles and corrections,
 * 24,000 keeps a page near 10 KB gzipped, inside the one-round-trip budget
 * (scripts/budget.mjs), and `npm run bench` at 1,000 incidents checks it.
 */
export const CHANGES_PER_PAGE_WEIGHT = 24_000;

export const changeWeight = (item: ChangeItem): number => 80 + item.entry.title.length + (item.entry.description?.length ?? 0);

/** The lines cut into pages of at most `max` weight (a heavier line gets a page of its own); one empty page when there is none. */
export function changePages(items: readonly ChangeItem[], max: number = CHANGES_PER_PAGE_WEIGHT): ChangeItem[][] {
  const pages: ChangeItem[][] = [[]];
  let weight = 0;
  for (const item of items) {
    const w = changeWeight(item);
    const page = pages[pages.length - 1] as ChangeItem[];
    if (page.length > 0 && weight + w > max) {
      pages.push([item]);
      weight = w;
    } else {
      page.push(item);
      weight += w;
    }
  }
  return pages;
}

/** Lines back into versions and days, in the same order: a version or a day cut by a page break appears on both pages. */
export function regroup(items: readonly ChangeItem[]): VersionChanges[] {
  const out: VersionChanges[] = [];
  for (const item of items) {
    let group = out.at(-1);
    if (group?.version.version !== item.version.version) {
      group = { version: item.version, days: [] };
      out.push(group);
    }
    let day = group.days.at(-1);
    if (day?.date !== item.date) {
      day = { date: item.date, added: [], modified: [], corrections: [] };
      group.days.push(day);
    }
    if (item.kind === 'corrections') day.corrections.push({ ...item.entry, description: item.entry.description ?? '' });
    else day[item.kind].push(item.entry);
  }
  return out;
}
