import type { Figure, Incident } from '@atlas/schema';
import type { ParsedFile } from '../yaml-file.ts';

/** A record that passed the schema, with what the rules need to point at lines. */
export interface CheckedRecord {
  file: string;
  incident: Incident;
  locate: ParsedFile['locate'];
}

/** What a rule that reads one record may know besides it. */
export interface RecordContext {
  /** Today as YYYY-MM-DD, injected so that tests are stable. */
  today: string;
}

export interface RuleContext extends RecordContext {
  /** Every record of the dataset that passed the schema, including files not named on the command line. */
  all: readonly CheckedRecord[];
  /** The same records indexed by incident id (several when ids collide). */
  byId: ReadonlyMap<string, readonly CheckedRecord[]>;
}

export interface Finding {
  path: PropertyKey[];
  message: string;
  /** Point at the key rather than the value. */
  key?: boolean;
}

interface RuleText {
  id: string;
  /** What the rule protects, printed by `npm run validate -- --list-rules`. */
  description: string;
}

/**
 * A rule that reads its record alone. It runs in the thread that read the
 * file, right after the schema (validate-parallel.ts shares files between threads).
 */
export interface RecordRule extends RuleText {
  scope: 'record';
  check(record: CheckedRecord, ctx: RecordContext): Finding[];
}

/** A rule that looks at other records too (ids, links): it runs once every file is read. */
export interface DatasetRule extends RuleText {
  scope: 'dataset';
  check(record: CheckedRecord, ctx: RuleContext): Finding[];
}

export type Rule = RecordRule | DatasetRule;

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
  prepare: (record: CheckedRecord, ctx: RecordContext) => (f: Figure, i: number, report: Report) => void,
): RecordRule {
  return {
    id,
    description,
    scope: 'record',
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
