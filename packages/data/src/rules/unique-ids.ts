import type { Rule } from './types.ts';

export const uniqueIds: Rule = {
  id: 'unique-ids',
  description: 'No two files share an incident id.',
  check({ file, incident }, { byId }) {
    const others = (byId.get(incident.id) ?? []).filter((r) => r.file !== file).map((r) => r.file);
    return others.length ? [{ path: ['id'], message: `id "${incident.id}" is also used by ${others.join(', ')}` }] : [];
  },
};
