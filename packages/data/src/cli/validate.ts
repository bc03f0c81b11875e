/**
 * npm run validate [-- files…] [--format text|github] [--dir content/incidents] [--today YYYY-MM-DD] [--list-rules]
 *
 * Checks incident files and prints every problem as `file:line:col  field  message`
 * (or as GitHub annotations). Exits 1 when there is any problem, 2 on bad usage.
 * `--list-rules` prints the rules that run after the schema, with what each protects.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, formatGithub } from '../diagnostics.ts';
import { contentDir } from '../paths.ts';
import { RULES } from '../rules/index.ts';
import { validateInParallel } from '../validate-parallel.ts';

const USAGE = 'usage: npm run validate -- [files…] [--format text|github] [--dir <folder>] [--today YYYY-MM-DD] [--list-rules]';

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof read>;
  try {
    parsed = read(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values['list-rules']) {
    const width = Math.max(...RULES.map((r) => r.id.length));
    for (const rule of RULES) console.log(`${rule.id.padEnd(width)}  ${rule.description}`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'github') {
    console.error(`--format must be text or github\n${USAGE}`);
    return 2;
  }
  const dir = values.dir ?? (relative(process.cwd(), contentDir()) || '.');
  // Large folders are shared with worker threads; the result is the same as validate()'s.
  const result = await validateInParallel({ dir, files: positionals.length > 0 ? positionals : undefined, today: values.today });
  for (const d of result.diagnostics) console.log(format === 'github' ? formatGithub(d) : formatDiagnostic(d));
  const n = result.diagnostics.length;
  const files = result.filesChecked;
  const summary = `${files} file${files === 1 ? '' : 's'} checked, ${n} problem${n === 1 ? '' : 's'}`;
  if (format === 'text' || n > 0) console.error(n === 0 ? `ok: ${summary}` : summary);
  return n === 0 ? 0 : 1;
}

function read(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      dir: { type: 'string' },
      today: { type: 'string' },
      'list-rules': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug of ours, not the contributor's: one line, no stack trace.
    console.error(`validate: internal error: ${(e as Error).message}`);
    process.exitCode = 3;
  },
);
