import type { Finding, RecordRule } from './types.ts';

export const uniqueLocalIds: RecordRule = {
  id: 'unique-local-ids',
  scope: 'record',
  description: 'Figure, source, account and outcome ids are unique within their file.',
  check({ incident }) {
    const out: Finding[] = [];
    for (const list of ['figures', 'sources', 'accounts', 'outcomes'] as const) {
      const seen = new Map<string, number>();
      (incident[list] ?? []).forEach((item, i) => {
        const first = seen.get(item.id);
        if (first !== undefined) out.push({ path: [list, i, 'id'], message: `${list.slice(0, -1)} id "${item.id}" is already used by ${list}[${first}]` });
        else seen.set(item.id, i);
      });
    }
    return out;
  },
};
