import { BYTE_UNITS, termOf, unitOf } from '@atlas/schema';
import { figureRule } from './types.ts';

export const figureUnits = figureRule(
  'figure-units',
  'A money figure names its currency and only a money figure does; a data volume is in whole bytes and keeps the unit the source used, and only a data volume has unit_as_reported.',
  () => (f, _i, report) => {
    const unit = unitOf(f.metric);
    if (unit === 'money' && f.currency === undefined) {
      report('currency', `metric ${f.metric} is an amount of money: add \`currency\` with its ISO 4217 code, such as EUR or USD`);
    }
    if (unit !== 'money' && f.currency !== undefined) {
      report('currency', `currency is only for money metrics; ${f.metric} is a ${unit === 'bytes' ? 'data volume' : 'count'}`, true);
    }
    if (unit === 'bytes' && f.unit_as_reported === undefined) {
      report('unit_as_reported', `metric ${f.metric} is a data volume: add \`unit_as_reported\` with the unit the source used, such as GB, and write the value in bytes`);
    }
    if (unit !== 'bytes' && f.unit_as_reported !== undefined) {
      report('unit_as_reported', `unit_as_reported is only for the data-volume metric; ${f.metric} is ${unit === 'money' ? 'an amount of money' : 'a count'}`, true);
    }
    if (unit === 'bytes' && typeof f.value === 'number' && f.unit_as_reported !== undefined) {
      const factor = termOf(BYTE_UNITS, f.unit_as_reported).bytes;
      if (!Number.isInteger(f.value)) {
        report('value', `a data volume is a whole number of bytes, got ${f.value}`);
      } else if (f.value > 0 && f.value < factor) {
        report('value', `the value is in bytes: ${f.value} ${f.unit_as_reported} is ${BigInt(f.value) * BigInt(factor)}; write \`value: ${BigInt(f.value) * BigInt(factor)}\``);
      }
    }
  },
);
