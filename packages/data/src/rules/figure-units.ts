import { BYTE_UNITS, termOf, unitOf } from '@atlas/schema';
import type { Finding, Rule } from './types.ts';

export const figureUnits: Rule = {
  id: 'figure-units',
  description:
    'A money figure names its currency and only a money figure does; a data volume is in whole bytes and keeps the unit the source used, and only a data volume has unit_as_reported.',
  check({ incident }) {
    const out: Finding[] = [];
    incident.figures.forEach((f, i) => {
      const unit = unitOf(f.metric);
      if (unit === 'money' && f.currency === undefined) {
        out.push({ path: ['figures', i, 'currency'], message: `metric ${f.metric} is an amount of money: add \`currency\` with its ISO 4217 code, such as EUR or USD` });
      }
      if (unit !== 'money' && f.currency !== undefined) {
        out.push({ path: ['figures', i, 'currency'], key: true, message: `currency is only for money metrics; ${f.metric} is a ${unit === 'bytes' ? 'data volume' : 'count'}` });
      }
      if (unit === 'bytes' && f.unit_as_reported === undefined) {
        out.push({ path: ['figures', i, 'unit_as_reported'], message: `metric ${f.metric} is a data volume: add \`unit_as_reported\` with the unit the source used, such as GB, and write the value in bytes` });
      }
      if (unit !== 'bytes' && f.unit_as_reported !== undefined) {
        out.push({ path: ['figures', i, 'unit_as_reported'], key: true, message: `unit_as_reported is only for the data-volume metric; ${f.metric} is ${unit === 'money' ? 'an amount of money' : 'a count'}` });
      }
      if (unit === 'bytes' && typeof f.value === 'number' && f.unit_as_reported !== undefined) {
        const factor = termOf(BYTE_UNITS, f.unit_as_reported).bytes;
        if (!Number.isInteger(f.value)) {
          out.push({ path: ['figures', i, 'value'], message: `a data volume is a whole number of bytes, got ${f.value}` });
        } else if (f.value > 0 && f.value < factor) {
          out.push({
            path: ['figures', i, 'value'],
            message: `the value is in bytes: ${f.value} ${f.unit_as_reported} is ${BigInt(f.value) * BigInt(factor)}; write \`value: ${BigInt(f.value) * BigInt(factor)}\``,
          });
        }
      }
    });
    return out;
  },
};
