/**
 * npm run new-incident [-- --id acme-clinic-2024 --title "…" …]
 *
 * Writes content/incidents/<id>.yaml: a skeleton that starts with the
 * yaml-language-server schema comment, so editors autocomplete and check it.
 * In a terminal it asks each question (flags already given are not asked
 * again); otherwise it takes flags only. A bad value is asked again in a
 * terminal, and exits 2 with its message otherwise. It never overwrites a file
 * and never reuses an id.
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { todayUtc } from '@atlas/schema';
import { contentDir, repoRoot } from '../paths.ts';
import { askAll, checkToday, OTHER_FLAGS, type QuestionContext, QUESTIONS, renderIncident, schemaRef, toScaffold } from '../scaffold.ts';

const USAGE = `usage: npm run new-incident                (asks in a terminal)
       npm run new-incident -- --id <id> --title <text> --kind incident|study --sector <sector>
         --vector <vector> --country <CC> [--country <CC>…] --made-public <date>
         --source-url <https://…> --source-title <text> --source-publisher <text>
         --source-published <date> --source-language <tag>
         [--source-type news] [--source-id <id>] [--organisation <name>]
         [--organisation-role <role>] [--organisation-country <CC>] [--dir <folder>] [--today YYYY-MM-DD]`;

type Answers = Record<string, string | string[] | undefined>;

class UsageError extends Error {
  /** Print the usage after the message: for a missing or unknown flag, not for a refused value. */
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

function readFlags(argv: string[]): Map<string, string[]> {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const q of QUESTIONS) options[q.flag] = { type: 'string', multiple: true };
  for (const f of OTHER_FLAGS) options[f] = f === 'help' ? { type: 'boolean' } : { type: 'string', multiple: true };
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new UsageError((e as Error).message, true);
  }
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(values)) {
    if (v === true) out.set(k, []);
    else if (Array.isArray(v)) out.set(k, v.map(String));
  }
  return out;
}

/** One flag's value: the last one given, or, for a list, all of them joined. */
function flagValue(flags: Map<string, string[]>, flag: string, list: boolean): string | undefined {
  const v = flags.get(flag);
  if (!v || v.length === 0) return undefined;
  if (!list && v.length > 1) throw new UsageError(`--${flag} was given ${v.length} times; give it once`);
  return list ? v.join(',') : v[0];
}

function nonInteractive(flags: Map<string, string[]>, ctx: QuestionContext, answers: Answers): void {
  const problems: string[] = [];
  const missing: string[] = [];
  for (const q of QUESTIONS) {
    const raw = flagValue(flags, q.flag, q.list ?? false) ?? q.default?.(ctx);
    if (raw === undefined || raw.trim() === '') {
      if (q.required) missing.push(`--${q.flag}`);
      continue;
    }
    const r = q.check(raw, ctx);
    if (r.ok) answers[q.flag] = r.value;
    else problems.push(`--${q.flag}: ${r.message}`);
  }
  if (missing.length > 0) problems.unshift(`missing ${missing.join(', ')} (not in a terminal, so nothing can be asked)`);
  if (problems.length > 0) throw new UsageError(problems.join('\n'), missing.length > 0);
}

async function interactive(flags: Map<string, string[]>, ctx: QuestionContext, answers: Answers): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    console.log('A new incident: answer each question; Enter keeps the [default]. Ctrl+C stops without writing.\n');
    const given: Record<string, string | undefined> = {};
    for (const q of QUESTIONS) given[q.flag] = flagValue(flags, q.flag, q.list ?? false);
    await askAll(QUESTIONS, given, ctx, answers, {
      ask: (prompt) => rl.question(prompt),
      say: (line) => console.log(line),
    });
  } finally {
    rl.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const flags = readFlags(argv);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const todayFlag = flagValue(flags, 'today', false);
  let today = todayUtc();
  if (todayFlag !== undefined) {
    const r = checkToday(todayFlag);
    if (!r.ok) throw new UsageError(`--today: ${r.message}`);
    today = r.value as string;
  }
  const dir = resolve(flagValue(flags, 'dir', false) ?? contentDir());
  const answers: Answers = {};
  const ctx: QuestionContext = { dir, today, answers };
  if (process.stdin.isTTY && process.stdout.isTTY) await interactive(flags, ctx, answers);
  else nonInteractive(flags, ctx, answers);

  const scaffold = toScaffold(answers, today);
  const path = join(dir, `${scaffold.id}.yaml`);
  const text = renderIncident(scaffold, schemaRef(dir, join(repoRoot, 'packages/schema/incident.schema.json')));
  try {
    // 'wx': fail rather than overwrite, even if the file appeared since the id was checked.
    writeFileSync(path, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EEXIST' ? `${path} already exists; nothing was written` : `could not write ${path} (${code ?? 'error'})`);
  }
  const shown = relative(process.cwd(), path) || path;
  console.log(`Wrote ${shown}

Next steps:
  1. Edit it (VS Code with the YAML extension autocompletes every field): fill in each TODO,
     the summary in your own words, the data types and one figure per number a source reports.
  2. npm run validate -- ${shown}
     It names the line and field of every problem, starting with the TODOs still open.
  3. npm start   to preview the page once the file is valid.
  4. Open a pull request; the template lists what reviewers check. Guide: CONTRIBUTING.md`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if ((e as NodeJS.ErrnoException).code === 'ABORT_ERR') {
      // Ctrl+C at a prompt: readline rejects the question. Exit now; stdin would keep the process alive.
      console.error('\nnew-incident: stopped; nothing was written');
      process.exit(130);
    }
    if (e instanceof UsageError) {
      console.error(`new-incident: ${e.message.split('\n').join('\nnew-incident: ')}${e.showUsage ? `\n\n${USAGE}` : ''}`);
      process.exitCode = 2;
    } else {
      // A bug of ours, not the contributor's: one line, no stack trace.
      console.error(`new-incident: internal error: ${(e as Error).message}`);
      process.exitCode = 3;
    }
  },
);
