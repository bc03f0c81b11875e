import type { Figure, Incident } from '@atlas/schema';
import type { ParsedFile } from '../yaml-file.ts';

/** A record that passed the schema, with what the rules need to point at lines. */
export interface CheckedRecord {
  file: string;
  incident: Incident;
  locate: ParsedFile['locate'];
}

export interface RuleContext {
  /** Every record of the dataset that passed the schema, including files not named on the command line. */
  all: readonly CheckedRecord[];
  /** The same records indexed by incident id (several when ids collide). */
  byId: ReadonlyMap<string, readonly CheckedRecord[]>;
  /** Today as YYYY-MM-DD, injected so that tests are stable. */
  today: string;
}

export interface Finding {
  path: PropertyKey[];
  message: string;
  /** Point at the key rather than the value. */
  key?: boolean;
}

export interface Rule {
  id: string;
  /** What the rule protects, printed by `npm run validate -- --list-rules`. */
  description: string;
  check(record: CheckedRecord, ctx: RuleContext): Finding[];
}

/** Reports a finding on one field of the figure being checked; `key` points at the key rather than the value. */
export type Report = (field: string, message: string, key?: boolean) => void;

/**
 * A rule that checks each figure of a record. `prepare` sees the record once
 * (to index its figures, say) and returns the check of one figure, which
 * reports on that figure's fields: `report('qualifier', …)` is a finding at
 * figures[i].qualifier.
 */
export function figureRule(
  id: string,
  description: string,
  prepare: (record: CheckedRecord, ctx: RuleContext) => (f: Figure, i: number, report: Report) => void,
): Rule {
  return {
    id,
    description,
    check(record, ctx) {
      const out: Finding[] = [];
      const each = prepare(record, ctx);
      record.incident.figures.forEach((f, i) => {
        each(f, i, (field, message, key) => {
          out.push(key ? { path: ['figures', i, field], key: true, message } : { path: ['figures', i, field], message });
        });
      });
      return out;
    },
  };
}
