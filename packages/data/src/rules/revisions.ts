import { certainlyAfter } from '@atlas/schema';
import { figureRule } from './types.ts';

export const revisions = figureRule(
  'revisions',
  'A figure that revises another names a figure of the same file, with the same metric and scope and an earlier as_of, so the pair reads as a dated timeline.',
  ({ incident }) => {
    const byId = new Map(incident.figures.map((f) => [f.id, f]));
    const known = [...byId.keys()].join(', ');
    return (f, _i, report) => {
      if (f.revises === undefined) return;
      const target = byId.get(f.revises);
      if (f.revises === f.id) report('revises', 'a figure cannot revise itself');
      else if (!target) report('revises', `figure "${f.revises}" is not in figures (known: ${known})`);
      else {
        if (target.metric !== f.metric) report('revises', `revises "${target.id}", whose metric is ${target.metric}; a revision keeps the metric (${f.metric})`);
        if (target.scope !== f.scope) report('revises', `revises "${target.id}", whose scope is ${target.scope}; a revision keeps the scope (${f.scope})`);
        if (!certainlyAfter(f.as_of, target.as_of)) {
          report('as_of', `as_of ${f.as_of} must be later than the as_of of the revised figure "${target.id}" (${target.as_of})`);
        }
        if (f.currency !== target.currency) {
          report('revises', `revises "${target.id}", in ${target.currency ?? 'no currency'}; a revision keeps the currency (${f.currency ?? 'none'})`);
        }
      }
    };
  },
);
