/**
 * npm run validate [-- files…] [--format text|github] [--dir content/incidents]
 *
 * Checks incident files and prints every problem as `file:line:col  field  message`
 * (or as GitHub annotations). Exits 1 when there is any problem, 2 on bad usage.
 */
import { relative } from 'node:path';
import { formatDiagnostic, formatGithub } from '../diagnostics.ts';
import { contentDir } from '../paths.ts';
import { validate } from '../validate.ts';
import { parseArgs } from './args.ts';

const USAGE = 'usage: npm run validate -- [files…] [--format text|github] [--dir <folder>] [--today YYYY-MM-DD]';

function main(argv: readonly string[]): number {
  const { flags, positionals } = parseArgs(argv);
  const known = new Set(['format', 'dir', 'today', 'help']);
  for (const k of flags.keys()) {
    if (!known.has(k)) {
      console.error(`unknown option --${k}\n${USAGE}`);
      return 2;
    }
  }
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const format = flags.get('format') ?? 'text';
  if (format !== 'text' && format !== 'github') {
    console.error(`--format must be text or github\n${USAGE}`);
    return 2;
  }
  const dirFlag = flags.get('dir');
  const todayFlag = flags.get('today');
  const dir = typeof dirFlag === 'string' ? dirFlag : relative(process.cwd(), contentDir()) || '.';
  const result = validate({
    dir,
    files: positionals.length > 0 ? positionals : undefined,
    today: typeof todayFlag === 'string' ? todayFlag : undefined,
  });
  for (const d of result.diagnostics) console.log(format === 'github' ? formatGithub(d) : formatDiagnostic(d));
  const n = result.diagnostics.length;
  const files = result.filesChecked;
  const summary = `${files} file${files === 1 ? '' : 's'} checked, ${n} problem${n === 1 ? '' : 's'}`;
  if (format === 'text' || n > 0) console.error(n === 0 ? `ok: ${summary}` : summary);
  return n === 0 ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // A bug of ours, not the contributor's: one line, no stack trace.
  console.error(`validate: internal error: ${(e as Error).message}`);
  process.exitCode = 3;
}
