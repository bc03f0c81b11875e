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
