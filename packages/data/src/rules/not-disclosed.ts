import { NOT_DISCLOSED } from '@atlas/schema';
import type { Finding, Rule } from './types.ts';

export const notDisclosed: Rule = {
  id: 'not-disclosed',
  description:
    'A figure with a number has a qualifier; a figure whose source gives no number says `value: not-disclosed`, has no qualifier, and is neither a placeholder nor a revision of a number.',
  check({ incident }) {
    const out: Finding[] = [];
    incident.figures.forEach((f, i) => {
      if (f.value === NOT_DISCLOSED) {
        if (f.qualifier !== undefined) {
          out.push({ path: ['figures', i, 'qualifier'], key: true, message: 'a figure with value: not-disclosed has no qualifier; remove `qualifier`' });
        }
        if (f.placeholder) {
          out.push({ path: ['figures', i, 'placeholder'], key: true, message: 'a placeholder is a number the publisher gave; with value: not-disclosed there is none' });
        }
      } else if (f.qualifier === undefined) {
        out.push({ path: ['figures', i, 'qualifier'], message: 'missing required field "qualifier" (use `exact` when the source gives the number with no qualifier)' });
      }
    });
    return out;
  },
};
