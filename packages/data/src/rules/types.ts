import type { Incident } from '@atlas/schema';
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
