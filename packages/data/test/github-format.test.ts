/**
 * `npm run validate -- --format github` prints GitHub Actions workflow
 * commands, which the runner turns into annotations on the changed lines:
 *
 *   ::error file={name},line={line},col={col},title={title}::{message}
 *
 * Data is escaped as the runner expects (actions/toolkit command.ts):
 * % -> %25, CR -> %0D, LF -> %0A in the message; in property values also
 * : -> %3A and , -> %2C, since those separate the properties.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, formatGithub } from '../src/diagnostics.ts';
import { repoRoot } from '../src/paths.ts';
import { RULES } from '../src/rules/index.ts';
import { edit, lineOf, seedFolder, seedText, TODAY, write } from './helpers.ts';

/** The shape of one annotation line: nothing unescaped may break it. */
const ANNOTATION = /^::error file=([^,:\r\n]+),line=(\d+),col=(\d+),title=([^,:\r\n]+)::([^\r\n]*)$/;

/** Decodes as the runner does (ActionCommand.cs: UnescapeProperty / UnescapeData). */
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

function parse(line: string) {
  const m = ANNOTATION.exec(line);
  if (!m) return undefined;
  return { file: unescapeProperty(m[1] as string), line: Number(m[2]), col: Number(m[3]), title: unescapeProperty(m[4] as string), message: unescapeData(m[5] as string) };
}

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'content/incidents/nextmotion-2020.yaml',
  line: 47,
  col: 13,
  field: 'countries[0]',
  message: '"fr" is not an ISO 3166-1 alpha-2 country code',
  ...over,
});

describe('formatGithub', () => {
  it('writes an error command with file, line, col and the field as title', () => {
    expect(formatGithub(d({}))).toBe(
      '::error file=content/incidents/nextmotion-2020.yaml,line=47,col=13,title=countries[0]::"fr" is not an ISO 3166-1 alpha-2 country code',
    );
  });

  it('escapes %, CR and LF in the message, % first so escapes are not escaped twice', () => {
    const out = formatGithub(d({ message: '100% sure\r\nsecond line %0A' }));
    expect(out.endsWith('::100%25 sure%0D%0Asecond line %250A')).toBe(true);
    expect(out).not.toMatch(/[\r\n]/);
  });

  it('keeps : and , in the message, where the runner allows them', () => {
    expect(formatGithub(d({ message: 'use one of: a, b' }))).toMatch(/::use one of: a, b$/);
  });

  it('escapes : and , (and %, CR, LF) in property values, where they would end the property', () => {
    const out = formatGithub(d({ file: 'C:/a,b%.yaml', field: 'figures[0].value, or: x\ny' }));
    expect(out).toContain('file=C%3A/a%2Cb%25.yaml,');
    expect(out).toContain(',title=figures[0].value%2C or%3A x%0Ay::');
  });

  it('round-trips any text through the runner\'s decoding', () => {
    const nasty = [
      'plain',
      '%',
      '%25',
      '::error::injected',
      'a,b:c',
      'line\nbreak\r\nand %0A literal',
      'évidence « plus de 2,6 millions »',
    ];
    for (const text of nasty) {
      const line = formatGithub(d({ file: `dir/${text}.yaml`, field: text, message: text }));
      const parsed = parse(line);
      expect(parsed, line).toBeDefined();
      expect(parsed).toEqual({ file: `dir/${text}.yaml`, line: 47, col: 13, title: text, message: text });
    }
  });
});

const CLI = fileURLToPath(new URL('../src/cli/validate.ts', import.meta.url));
// By path: the CLI runs in a temporary folder, where `--import tsx` would not resolve.
const TSX = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;

function validateCli(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run validate -- --format github', () => {
  it('prints one annotation per problem, on the lines of the named file, paths relative to the working directory', () => {
    const dir = seedFolder();
    let text = seedText('nextmotion-2020.yaml');
    text = edit(text, 'countries: [FR]', 'countries: [fr]');
    text = edit(text, 'vector: misconfigured', 'vectr: misconfigured');
    text = edit(text, /url: https:\/\//, 'url: http://');
    write(dir, 'nextmotion-2020.yaml', text);
    const r = validateCli(dir, ['--format', 'github', '--dir', '.', '--today', TODAY, 'nextmotion-2020.yaml']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatch(ANNOTATION);
    const found = lines.map(parse);
    expect(found).toContainEqual(expect.objectContaining({ file: 'nextmotion-2020.yaml', line: lineOf(text, 'countries: [fr]'), title: 'countries[0]' }));
    expect(found).toContainEqual(expect.objectContaining({ title: 'vectr', message: 'unknown field "vectr"; did you mean "vector"?' }));
    expect(found).toContainEqual(expect.objectContaining({ title: 'sources[0].url' }));
    // The count goes to stderr, so stdout holds workflow commands only.
    expect(r.stderr).toMatch(/1 file checked, \d+ problems/);
  });

  it('prints nothing on stdout and exits 0 when the files are valid', () => {
    const dir = seedFolder();
    const r = validateCli(dir, ['--format', 'github', '--dir', '.', '--today', TODAY, join(dir, 'greenbone-pacs-2019.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('refuses an unknown format with exit code 2', () => {
    const r = validateCli(seedFolder(), ['--format', 'junit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be text or github/);
  });

  it('refuses an unknown option and a missing value with exit code 2 and the usage', () => {
    for (const args of [['--formt', 'github'], ['--dir']]) {
      const r = validateCli(seedFolder(), args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: npm run validate/);
    }
  });

  it('lists every rule with what it protects', () => {
    const r = validateCli(seedFolder(), ['--list-rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length);
    RULES.forEach((rule, i) => {
      expect(lines[i]?.split(/\s+/)[0]).toBe(rule.id);
      expect(lines[i]).toContain(rule.description);
    });
  });
});
