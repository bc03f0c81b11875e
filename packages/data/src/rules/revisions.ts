import { certainlyAfter } from '@atlas/schema';
import type { Finding, Rule } from './types.ts';

export const revisions: Rule = {
  id: 'revisions',
  description:
    'A figure that revises another names a figure of the same file, with the same metric and scope and an earlier as_of, so the pair reads as a dated timeline.',
  check({ incident }) {
    const out: Finding[] = [];
    const byId = new Map(incident.figures.map((f) => [f.id, f]));
    const known = [...byId.keys()].join(', ');
    incident.figures.forEach((f, i) => {
      if (f.revises === undefined) return;
      const path = ['figures', i, 'revises'];
      const target = byId.get(f.revises);
      if (f.revises === f.id) out.push({ path, message: 'a figure cannot revise itself' });
      else if (!target) out.push({ path, message: `figure "${f.revises}" is not in figures (known: ${known})` });
      else {
        if (target.metric !== f.metric) out.push({ path, message: `revises "${target.id}", whose metric is ${target.metric}; a revision keeps the metric (${f.metric})` });
        if (target.scope !== f.scope) out.push({ path, message: `revises "${target.id}", whose scope is ${target.scope}; a revision keeps the scope (${f.scope})` });
        if (!certainlyAfter(f.as_of, target.as_of)) {
          out.push({ path: ['figures', i, 'as_of'], message: `as_of ${f.as_of} must be later than the as_of of the revised figure "${target.id}" (${target.as_of})` });
        }
        if (f.currency !== target.currency) {
          out.push({ path, message: `revises "${target.id}", in ${target.currency ?? 'no currency'}; a revision keeps the currency (${f.currency ?? 'none'})` });
        }
      }
    });
    return out;
  },
};
