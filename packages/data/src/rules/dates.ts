import { certainlyAfter, inFuture, isRealDate } from '@atlas/schema';
import type { Finding, RecordRule } from './types.ts';

const ORDER = ['occurred', 'discovered', 'secured'] as const;

export const dates: RecordRule = {
  id: 'dates',
  scope: 'record',
  description: 'Dates are real calendar days, not in the future, and in order: occurred, discovered, secured; discovered before made public; added before modified.',
  check({ incident }, { today }) {
    const out: Finding[] = [];
    const visit = (path: PropertyKey[], date: string | undefined) => {
      if (date === undefined) return;
      if (!isRealDate(date)) out.push({ path, message: `"${date}" is not a real calendar date` });
      else if (inFuture(date, today)) out.push({ path, message: `"${date}" is in the future (today is ${today})` });
    };
    const d = incident.dates;
    for (const k of [...ORDER, 'made_public'] as const) visit(['dates', k], d[k]);
    visit(['record', 'added'], incident.record.added);
    visit(['record', 'modified'], incident.record.modified);
    incident.figures.forEach((f, i) => {
      visit(['figures', i, 'as_of'], f.as_of);
    });
    incident.sources.forEach((s, i) => {
      visit(['sources', i, 'published'], s.published);
      visit(['sources', i, 'accessed'], s.accessed);
    });
    (incident.outcomes ?? []).forEach((o, i) => {
      visit(['outcomes', i, 'date'], o.date);
    });
    (incident.corrections ?? []).forEach((c, i) => {
      visit(['corrections', i, 'date'], c.date);
    });

    for (let a = 0; a < ORDER.length; a++) {
      for (let b = a + 1; b < ORDER.length; b++) {
        const early = d[ORDER[a] as (typeof ORDER)[number]];
        const late = d[ORDER[b] as (typeof ORDER)[number]];
        if (early && late && certainlyAfter(early, late)) {
          out.push({ path: ['dates', ORDER[b] as string], message: `${ORDER[b]} (${late}) is before ${ORDER[a]} (${early})` });
        }
      }
    }
    if (d.discovered && certainlyAfter(d.discovered, d.made_public)) {
      out.push({ path: ['dates', 'made_public'], message: `made_public (${d.made_public}) is before discovered (${d.discovered})` });
    }
    if (certainlyAfter(incident.record.added, incident.record.modified)) {
      out.push({ path: ['record', 'modified'], message: `modified (${incident.record.modified}) is before added (${incident.record.added})` });
    }
    return out;
  },
};
