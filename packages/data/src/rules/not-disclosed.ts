import { NOT_DISCLOSED } from '@atlas/schema';
import { figureRule } from './types.ts';

export const notDisclosed = figureRule(
  'not-disclosed',
  'A figure with a number has a qualifier; a figure whose source gives no number says `value: not-disclosed`, has no qualifier, and is neither a placeholder nor a revision of a number.',
  () => (f, _i, report) => {
    if (f.value === NOT_DISCLOSED) {
      if (f.qualifier !== undefined) report('qualifier', 'a figure with value: not-disclosed has no qualifier; remove `qualifier`', true);
      if (f.placeholder) report('placeholder', 'a placeholder is a number the publisher gave; with value: not-disclosed there is none', true);
    } else if (f.qualifier === undefined) {
      report('qualifier', 'missing required field "qualifier" (use `exact` when the source gives the number with no qualifier)');
    }
  },
);
