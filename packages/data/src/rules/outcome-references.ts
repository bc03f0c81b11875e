import { unitOf } from '@atlas/schema';
import type { Finding, RecordRule } from './types.ts';

export const outcomeReferences: RecordRule = {
  id: 'outcome-references',
  scope: 'record',
  description: "An outcome's amount names a money figure of the same file, and its source is a source of the file that we have read.",
  check({ incident }) {
    const out: Finding[] = [];
    const figures = new Map(incident.figures.map((f) => [f.id, f]));
    const sources = new Map(incident.sources.map((s) => [s.id, s]));
    const money = incident.figures.filter((f) => unitOf(f.metric) === 'money').map((f) => f.id);
    (incident.outcomes ?? []).forEach((o, i) => {
      if (o.amount !== undefined) {
        const f = figures.get(o.amount);
        const list = money.length ? `money figures: ${money.join(', ')}` : 'this file has no money figure; add one to figures, such as metric: fine with currency: EUR';
        if (!f) out.push({ path: ['outcomes', i, 'amount'], message: `figure "${o.amount}" is not in figures (${list})` });
        else if (unitOf(f.metric) !== 'money') {
          out.push({ path: ['outcomes', i, 'amount'], message: `figure "${o.amount}" is a ${unitOf(f.metric) === 'bytes' ? 'data volume' : 'count'} (${f.metric}); an amount must be a money figure (${list})` });
        } else if (f.value === 'not-disclosed') {
          out.push({ path: ['outcomes', i, 'amount'], message: `figure "${o.amount}" has no number (not-disclosed); leave amount out` });
        }
      }
      const s = sources.get(o.source);
      if (!s) out.push({ path: ['outcomes', i, 'source'], message: `source "${o.source}" is not in sources (known: ${[...sources.keys()].join(', ')})` });
      else if (s.read === false) out.push({ path: ['outcomes', i, 'source'], message: `source "${o.source}" is marked read: false; cite a source we have read` });
    });
    return out;
  },
};
