import type { Finding, DatasetRule } from './types.ts';

export const status: DatasetRule = {
  id: 'status',
  scope: 'dataset',
  description: 'A merged record names an existing target; a withdrawn record says why; those fields appear only with their status.',
  check({ incident }, { byId }) {
    const out: Finding[] = [];
    if (incident.status === 'merged') {
      if (!incident.merged_into) out.push({ path: ['merged_into'], message: 'status merged needs merged_into: the id of the record it was merged into' });
      else if (incident.merged_into === incident.id) out.push({ path: ['merged_into'], message: 'a record cannot be merged into itself' });
      else if (!byId.has(incident.merged_into)) out.push({ path: ['merged_into'], message: `no incident has the id "${incident.merged_into}"` });
    } else if (incident.merged_into !== undefined) {
      out.push({ path: ['merged_into'], key: true, message: 'merged_into is only for status: merged' });
    }
    if (incident.status === 'withdrawn' && !incident.withdrawn_reason) out.push({ path: ['withdrawn_reason'], message: 'status withdrawn needs withdrawn_reason' });
    if (incident.status !== 'withdrawn' && incident.withdrawn_reason !== undefined) out.push({ path: ['withdrawn_reason'], key: true, message: 'withdrawn_reason is only for status: withdrawn' });
    return out;
  },
};
