/**
 * Validation of the incident folder: every file is read, checked against the
 * schema and then against the rules, and every problem is reported in one run.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Incident, todayUtc } from '@atlas/schema';
import { type Diagnostic, fieldPath, sortDiagnostics } from './diagnostics.ts';
import { messageFor } from './messages.ts';
import { type CheckedRecord, DATASET_RULES, type Finding, RECORD_RULES, type RuleContext } from './rules/index.ts';
import { MAX_FILE_BYTES, parseIncidentFile } from './yaml-file.ts';

export interface ValidateOptions {
  /** Folder of incident files (content/incidents). */
  dir: string;
  /** Only report on these files; cross-file rules still see the whole folder. */
  files?: readonly string[];
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
  /** Paths in messages are relative to this folder (default: process.cwd()). */
  cwd?: string;
}

export interface ValidationResult {
  /** Records whose file has no problem, in file-name order. */
  records: CheckedRecord[];
  diagnostics: Diagnostic[];
  /** Files whose problems were reported. */
  filesChecked: number;
}

export function listIncidentFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * A file's bytes, or why they cannot be read. One open, one fstat and the reads: a stat before
 * readFileSync (which opens and fstats again) cost about 35 µs per file, 0.35 s of CPU at 10,000 files.
 */
export function readBytes(path: string): Uint8Array | Diagnostic {
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) return { file: path, line: 1, col: 1, field: '(file)', message: `file is ${size} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MB)` };
      const bytes = Buffer.allocUnsafe(size);
      let read = 0;
      for (let n = 1; read < size && n > 0; read += n) n = readSync(fd, bytes, read, size - read, read);
      return read === size ? bytes : bytes.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { file: path, line: 1, col: 1, field: '(file)', message: code === 'ENOENT' ? 'file not found' : `file could not be read (${code ?? 'error'})` };
  }
}

/**
 * Checks one file's text against the schema, then against the rules that read
 * this record alone (RECORD_RULES). A record is returned whenever it passed the
 * schema, so that the rules across records still see its id; diagnostics beside
 * a record mean that it failed one of those rules.
 */
export function checkFile(display: string, bytes: Uint8Array, today: string = todayUtc()): FileOutcome {
  const read = parseIncidentFile(display, bytes);
  if (!read.ok) return { diagnostics: read.diagnostics };
  const { parsed } = read;
  const result = Incident.safeParse(parsed.data, { reportInput: true });
  if (result.success) {
    const record: CheckedRecord = { file: display, incident: result.data, locate: parsed.locate };
    const diagnostics: Diagnostic[] = [];
    for (const rule of RECORD_RULES) diagnostics.push(...rule.check(record, { today }).map((f) => positioned(record, f)));
    return { record, diagnostics };
  }
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    for (const m of messageFor(issue)) {
      const { line, col } = parsed.locate(m.path, { key: m.key ?? false });
      diagnostics.push({ file: display, line, col, field: fieldPath(m.path), message: m.message });
    }
  }
  return { diagnostics };
}

/** A rule's finding as a diagnostic, at the line and column of its field. */
function positioned(record: CheckedRecord, f: Finding): Diagnostic {
  const { line, col } = record.locate(f.path, { key: f.key ?? false });
  return { file: record.file, line, col, field: fieldPath(f.path), message: f.message };
}

/**
 * One file's outcome: its record when it passed the schema, and its own
 * diagnostics (reading, schema, and the rules of one record).
 */
export interface FileOutcome {
  record?: CheckedRecord;
  diagnostics: Diagnostic[];
}

/** Reads and checks one file; `shown` is the path printed in messages. */
export function checkPath(path: string, shown: string, today: string): FileOutcome {
  const bytes = readBytes(path);
  if (!(bytes instanceof Uint8Array)) return { diagnostics: [{ ...bytes, file: shown }] };
  return checkFile(shown, bytes, today);
}

/** What a run will check: every file of the folder and the named ones, and which of them to report on. */
export interface ValidationPlan {
  /** Absolute paths, folder files in name order, then named files from elsewhere. */
  paths: string[];
  /** How each path is printed in messages. */
  shown: string[];
  reported: Set<string>;
  today: string;
}

/** The plan of a run, or the result itself when the folder does not exist. */
export function planValidation(options: ValidateOptions): ValidationPlan | ValidationResult {
  const cwd = options.cwd ?? process.cwd();
  const display = (p: string) => relative(cwd, resolve(cwd, p)).split(sep).join('/') || p;
  const folder = resolve(cwd, options.dir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    // A wrong path must not pass as an empty, valid dataset.
    return { records: [], diagnostics: [{ file: display(folder), line: 1, col: 1, field: '(folder)', message: 'incident folder not found' }], filesChecked: 0 };
  }
  const named = options.files?.map((f) => resolve(cwd, f));
  const paths = [...new Set([...listIncidentFiles(folder), ...(named ?? [])])];
  return { paths, shown: paths.map(display), reported: new Set(named ?? paths), today: options.today ?? todayUtc() };
}

/** Runs the rules across records over the outcomes (one per planned path, in order) and gathers the result. */
export function finishValidation(plan: ValidationPlan, outcomes: readonly FileOutcome[]): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const checked: CheckedRecord[] = [];
  const failed = new Set<string>();
  const reportedShown = new Set<string>();
  plan.paths.forEach((path, i) => {
    const { record, diagnostics: found } = outcomes[i] as FileOutcome;
    if (record) {
      checked.push(record);
      // A record with diagnostics of its own failed a rule of one record.
      if (found.length > 0) failed.add(record.file);
    }
    if (plan.reported.has(path)) {
      reportedShown.add(plan.shown[i] as string);
      diagnostics.push(...found);
    }
  });

  const byId = new Map<string, CheckedRecord[]>();
  for (const r of checked) byId.set(r.incident.id, [...(byId.get(r.incident.id) ?? []), r]);
  const ctx: RuleContext = { all: checked, byId, today: plan.today };
  for (const record of checked) {
    for (const rule of DATASET_RULES) {
      for (const f of rule.check(record, ctx)) {
        failed.add(record.file);
        if (reportedShown.has(record.file)) diagnostics.push(positioned(record, f));
      }
    }
  }
  return {
    records: checked.filter((r) => !failed.has(r.file)),
    diagnostics: sortDiagnostics(diagnostics),
    filesChecked: plan.reported.size,
  };
}

/** Checks the folder in this thread. `validateInParallel` (validate-parallel.ts) gives the same result on several cores. */
export function validate(options: ValidateOptions): ValidationResult {
  const plan = planValidation(options);
  if (!('paths' in plan)) return plan;
  return finishValidation(
    plan,
    plan.paths.map((path, i) => checkPath(path, plan.shown[i] as string, plan.today)),
  );
}
