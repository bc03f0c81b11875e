import { basename } from 'node:path';
import type { Rule } from './types.ts';

export const idMatchesFile: Rule = {
  id: 'id-matches-file',
  description: 'The id equals the file name, so that a permalink can be found from the file and back.',
  check({ file, incident }) {
    const expected = basename(file).replace(/\.ya?ml$/, '');
    return incident.id === expected ? [] : [{ path: ['id'], message: `id "${incident.id}" must equal the file name "${expected}"` }];
  },
};
