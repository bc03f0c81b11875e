import type { DatasetRule } from './types.ts';

export const uniqueIds: DatasetRule = {
  id: 'unique-ids',
  scope: 'dataset',
  description: 'No two files share an incident id.',
  check({ file, incident }, { byId }) {
    const others = (byId.get(incident.id) ?? []).filter((r) => r.file !== file).map((r) => r.file);
    return others.length ? [{ path: ['id'], message: `id "${incident.id}" is also used by ${others.join(', ')}` }] : [];
  },
};
