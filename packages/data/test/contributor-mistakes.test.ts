/**
 * The common mistakes documented in CONTRIBUTING.md, held to the validator.
 *
 * The table "Common mistakes and their messages" is parsed from
 * CONTRIBUTING.md itself: its "You wrote" column is written into the
 * NextMotion seed record, and the validator must answer with the text of the
 * message column, on the line that was edited. A row without a fixture here,
 * or a fixture without a row, fails too, so the docs and the validator cannot
 * drift apart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics.ts';
import { validate } from '../src/validate.ts';
import { lineOf, seedFolder, seedText, TODAY, write } from './helpers.ts';

const CONTRIBUTING = fileURLToPath(new URL('../../../CONTRIBUTING.md', import.meta.url));
const HEADING = '### Common mistakes and their messages';

/** The text of a Markdown code span (`x`, or ``x`` with one padding space each side). */
function codeSpan(cell: string): string {
  const m = /^(`+)(.*)\1$/s.exec(cell.trim());
  if (!m) throw new Error(`expected a code span in the table cell: ${cell}`);
  const inner = m[2] as string;
  return inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
}

interface MistakeRow {
  mistake: string;
  wrote: string;
  message: string;
}

/** The rows of the first table after the heading, by the columns "You wrote" and "… says". */
function mistakesTable(markdown: string): MistakeRow[] {
  const start = markdown.indexOf(HEADING);
  if (start < 0) throw new Error(`CONTRIBUTING.md has no "${HEADING}" section`);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const table: string[] = [];
  for (const l of lines.slice(first)) {
    if (!l.startsWith('|')) break;
    table.push(l);
  }
  // Cells are split on pipes outside code spans (none of our messages has one, but be safe).
  const cells = (row: string) =>
    row
      .replace(/^\||\|$/g, '')
      .split(/\|(?=(?:[^`]*`[^`]*`)*[^`]*$)/)
      .map((c) => c.trim());
  const [header, , ...rows] = table;
  const names = cells(header ?? '');
  const wroteCol = names.findIndex((n) => /you wrote/i.test(n));
  const saysCol = names.findIndex((n) => /says/i.test(n));
  if (wroteCol < 0 || saysCol < 0) throw new Error(`unexpected columns in the mistakes table: ${names.join(' | ')}`);
  return rows.map((r) => {
    const c = cells(r);
    return { mistake: c[0] ?? '', wrote: codeSpan(c[wroteCol] ?? ''), message: codeSpan(c[saysCol] ?? '') };
  });
}

const NM = 'nextmotion-2020.yaml';
const nm = seedText(NM);

interface Fixture {
  /** What in the seed record the documented snippet replaces. */
  from: string | RegExp;
  /** The field the message is reported on. */
  field: string;
  /** The line the message points at, in the original seed. */
  line: number;
  /** The replacement text, when it is not the snippet itself. */
  to?: (snippet: string) => string;
}

/** One fixture per row of the table, keyed by the "You wrote" snippet. */
const FIXTURES: Record<string, Fixture> = {
  'source: cnet-news': { from: 'source: cnet\n', to: (s) => `${s}\n`, field: 'figures[1].source', line: lineOf(nm, 'source: cnet\n') },
  'source: vpnmentor-report': {
    from: 'source: securitymagazine\n',
    to: (s) => `${s}\n`,
    field: 'figures[0].source',
    line: lineOf(nm, 'source: securitymagazine\n'),
  },
  'sources: []': { from: /sources:\n(?: {2}.*\n)+/, to: (s) => `${s}\n`, field: 'sources', line: lineOf(nm, 'sources:\n') },
  'countries: [fr]': { from: 'countries: [FR]', field: 'countries[0]', line: lineOf(nm, 'countries: [FR]') },
  'countries: [UK]': { from: 'countries: [FR]', field: 'countries[0]', line: lineOf(nm, 'countries: [FR]') },
  'countries: [XX]': { from: 'countries: [FR]', field: 'countries[0]', line: lineOf(nm, 'countries: [FR]') },
  'scope: UK': { from: 'scope: world', field: 'figures[0].scope', line: lineOf(nm, 'scope: world') },
  'value: "more than 500"': { from: 'value: 900000', field: 'figures[0].value', line: lineOf(nm, 'value: 900000') },
  'value: 900,000': { from: 'value: 900000', field: 'figures[0].value', line: lineOf(nm, 'value: 900000') },
  'discovered: "24/01/2020"': { from: 'discovered: "2020-01-24"', field: 'dates.discovered', line: lineOf(nm, 'discovered: "2020-01-24"') },
  'vectr: misconfigured-cloud-storage': { from: 'vector: misconfigured-cloud-storage', field: 'vectr', line: lineOf(nm, 'vector:') },
  'language: xx-invalid-language': { from: 'language: it', field: 'sources[4].language', line: lineOf(nm, 'language: it') },
  'language: ita': { from: 'language: it', field: 'sources[4].language', line: lineOf(nm, 'language: it') },
  'value: unknown': { from: 'value: 900000', field: 'figures[0].value', line: lineOf(nm, 'value: 900000') },
  'url: http://www.cnet.com/': { from: 'url: https://www.cnet.com/', field: 'sources[2].url', line: lineOf(nm, 'url: https://www.cnet.com/') },
};

const rows = mistakesTable(readFileSync(CONTRIBUTING, 'utf8'));

describe('CONTRIBUTING.md documents the common mistakes', () => {
  it('has the table, with the mistakes the contributor issue names', () => {
    const wrote = rows.map((r) => r.wrote);
    // A missing source, a wrong country code, the qualifier inside the value, a foreign date, a typo, an http URL.
    for (const needed of ['source: cnet-news', 'sources: []', 'countries: [fr]', 'countries: [UK]', 'countries: [XX]', 'value: "more than 500"', 'discovered: "24/01/2020"', 'vectr: misconfigured-cloud-storage', 'url: http://www.cnet.com/']) {
      expect(wrote).toContain(needed);
    }
  });

  it('has a fixture here for every row, and a row for every fixture', () => {
    expect(rows.map((r) => r.wrote).sort()).toEqual(Object.keys(FIXTURES).sort());
  });
});

describe('each documented mistake gets the documented message, on its line', () => {
  it.each(rows)('$mistake: `$wrote`', ({ wrote, message }) => {
    const fx = FIXTURES[wrote];
    if (!fx) throw new Error(`no fixture for the documented mistake \`${wrote}\``);
    const text = nm.replace(fx.from, fx.to ? fx.to(wrote) : wrote);
    expect(text, 'the fixture edit did not apply').not.toBe(nm);

    const dir = seedFolder();
    const path = write(dir, NM, text);
    const { diagnostics } = validate({ dir, files: [path], today: TODAY, cwd: dir });
    const shown = diagnostics.map(formatDiagnostic).join('\n');
    const hit = diagnostics.find((d) => d.field === fx.field && d.message.includes(message));
    expect(hit, `expected ${fx.field} "${message}" in:\n${shown}`).toBeDefined();
    expect(hit?.line, shown).toBe(fx.line);
    // As the contributor sees it: file:line:col  field  message.
    expect(formatDiagnostic(hit as NonNullable<typeof hit>)).toMatch(new RegExp(`^${NM.replace('.', '\\.')}:${fx.line}:\\d+  ${fx.field.replace(/[[\].]/g, '\\$&')}  `));
  });
});

describe('the table parser', () => {
  it('reads code spans with backticks inside', () => {
    expect(codeSpan('`` write `value: 500` ``')).toBe('write `value: 500`');
    expect(codeSpan('``a `b` ``')).toBe('a `b` ');
    expect(codeSpan('`sources: []`')).toBe('sources: []');
  });
});
