import { closest } from '../messages.ts';
import type { Finding, DatasetRule } from './types.ts';

export const links: DatasetRule = {
  id: 'links',
  scope: 'dataset',
  description: 'A link points to another record that exists, never to its own record, and the same link is not written twice.',
  check({ incident }, { byId }) {
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    (incident.links ?? []).forEach((l, i) => {
      const path = ['links', i, 'target'];
      if (l.target === incident.id) out.push({ path, message: 'a record cannot link to itself' });
      else if (!byId.has(l.target)) {
        const guess = closest(l.target, [...byId.keys()]);
        out.push({ path, message: `no incident has the id "${l.target}"${guess ? `; did you mean "${guess}"?` : ''}` });
      }
      const key = `${l.type}|${l.target}`;
      const first = seen.get(key);
      if (first !== undefined) out.push({ path: ['links', i], message: `the same link (${l.type} ${l.target}) is already links[${first}]` });
      else seen.set(key, i);
    });
    return out;
  },
};
