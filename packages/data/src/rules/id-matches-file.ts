import { basename } from 'node:path';
import type { RecordRule } from './types.ts';

export const idMatchesFile: RecordRule = {
  id: 'id-matches-file',
  scope: 'record',
  description: 'The id equals the file name, so that a permalink can be found from the file and back.',
  check({ file, incident }) {
    const expected = basename(file).replace(/\.ya?ml$/, '');
    return incident.id === expected ? [] : [{ path: ['id'], message: `id "${incident.id}" must equal the file name "${expected}"` }];
  },
};
