import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatDiagnostic } from '../src/diagnostics.ts';
import { repoRoot } from '../src/paths.ts';
import { askAll, idTakenBy, QUESTIONS, schemaRef, slugify } from '../src/scaffold.ts';
import { validate } from '../src/validate.ts';
import { edit, seedFolder, seedText, TODAY, write } from './helpers.ts';

const CLI = fileURLToPath(new URL('../src/cli/new-incident.ts', import.meta.url));

/** Runs the scaffold with flags; stdin is a pipe, not a terminal, so nothing is asked. */
function scaffold(dir: string, flags: Record<string, string | string[]>) {
  const argv = ['--dir', dir, '--today', TODAY];
  for (const [k, v] of Object.entries(flags)) for (const one of [v].flat()) argv.push(`--${k}=${one}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...argv], { cwd: repoRoot, encoding: 'utf8', input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FLAGS = {
  id: 'acme-clinic-2024',
  title: 'Acme clinic: patient photos left in an open bucket',
  kind: 'incident',
  sector: 'aesthetic-medicine',
  vector: 'misconfigured-cloud-storage',
  country: ['FR', 'be'],
  'made-public': '2024-03',
  organisation: 'Acme Clinic',
  'organisation-role': 'clinic',
  'source-url': 'https://example.org/news/acme-clinic-photos',
  'source-title': 'Acme clinic exposed 12,000 patient photos',
  'source-publisher': 'Example News',
  'source-published': '2024-03-02',
  'source-language': 'en',
};

/** Replaces the TODOs the way a contributor would: a summary, data types and one figure. */
function fillTodos(text: string, sourceId = 'example-news'): string {
  const doc = parseDocument(text);
  doc.setIn(['summary', 'en'], 'A clinic kept patient photos in cloud storage that anyone could read. A newspaper reported it and the clinic closed it.');
  doc.set('data_types', ['face-photos', 'before-after-photos']);
  doc.set('figures', [
    {
      id: `images-world-${sourceId}`,
      metric: 'images',
      value: 12000,
      qualifier: 'exact',
      scope: 'world',
      as_of: '2024-02',
      role: 'exposure',
      source: sourceId,
      evidence: 'exposed 12,000 patient photos',
    },
  ]);
  return doc.toString();
}

const issuesOf = (dir: string, file: string) => validate({ dir, files: [file], today: TODAY, cwd: dir }).diagnostics;

describe('npm run new-incident with flags', () => {
  it('writes <id>.yaml starting with the schema comment, and says what to do next', () => {
    const dir = seedFolder();
    const r = scaffold(dir, FLAGS);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const path = join(dir, 'acme-clinic-2024.yaml');
    const text = readFileSync(path, 'utf8');
    const first = text.split('\n')[0] ?? '';
    expect(first).toMatch(/^# yaml-language-server: \$schema=\S+incident\.schema\.json$/);
    // The reference is relative to the file and reaches the real JSON Schema.
    expect(existsSync(resolve(dirname(path), first.replace(/^.*\$schema=/, '')))).toBe(true);
    expect(r.stdout).toContain('acme-clinic-2024.yaml');
    expect(r.stdout).toMatch(/npm run validate -- \S*acme-clinic-2024\.yaml/);
    expect(r.stdout).toContain('npm start');
  });

  it('points at ../../packages/schema/incident.schema.json from content/incidents', () => {
    expect(schemaRef(join(repoRoot, 'content/incidents'), join(repoRoot, 'packages/schema/incident.schema.json'))).toBe(
      '../../packages/schema/incident.schema.json',
    );
  });

  it('fills in what it was told: countries in capitals, quoted dates, the source, today as added and modified', () => {
    const dir = seedFolder();
    scaffold(dir, FLAGS);
    const text = readFileSync(join(dir, 'acme-clinic-2024.yaml'), 'utf8');
    expect(text).toContain('countries: [FR, BE]');
    expect(text).toContain('made_public: "2024-03"');
    expect(text).toContain('  - id: example-news\n    url: https://example.org/news/acme-clinic-photos');
    expect(text).toContain('published: "2024-03-02"');
    expect(text).toContain(`record:\n  added: "${TODAY}"\n  modified: "${TODAY}"`);
    expect(text).toContain('title:\n  en: "Acme clinic: patient photos left in an open bucket"');
  });

  it('as written, fails only where a TODO asks for words: summary, data types, figures', () => {
    const dir = seedFolder();
    scaffold(dir, FLAGS);
    const path = join(dir, 'acme-clinic-2024.yaml');
    const lines = readFileSync(path, 'utf8').split('\n');
    const issues = issuesOf(dir, path);
    expect(issues.map((d) => d.field).sort()).toEqual(['data_types', 'figures', 'summary.en']);
    // Each problem is on a line that carries its TODO.
    for (const d of issues) expect(lines[d.line - 1], formatDiagnostic(d)).toMatch(/# TODO/);
  });

  it('without an organisation, leaves its name and role as TODOs that the validator points at', () => {
    const dir = seedFolder();
    const { organisation: _o, 'organisation-role': _r, ...rest } = FLAGS;
    expect(scaffold(dir, rest).code).toBe(0);
    const path = join(dir, 'acme-clinic-2024.yaml');
    const fields = issuesOf(dir, path).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['organisations[0].name', 'organisations[0].role']));
  });

  it('validates once the TODOs are filled in: a summary, the data types and one figure', () => {
    const dir = seedFolder();
    scaffold(dir, FLAGS);
    const path = join(dir, 'acme-clinic-2024.yaml');
    writeFileSync(path, fillTodos(readFileSync(path, 'utf8')));
    expect(issuesOf(dir, path).map(formatDiagnostic)).toEqual([]);
    // And the whole folder, seeds included, still validates.
    expect(validate({ dir, today: TODAY }).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('writes the fields in the order of the seed records', () => {
    const dir = seedFolder();
    scaffold(dir, FLAGS);
    const path = join(dir, 'acme-clinic-2024.yaml');
    const keys = (text: string) => {
      const map = parseDocument(text).contents as { items: { key: { value: string } }[] };
      return map.items.map((p) => p.key.value);
    };
    const ours = keys(fillTodos(readFileSync(path, 'utf8')));
    const seed = keys(seedText('nextmotion-2020.yaml')).filter((k) => ours.includes(k));
    expect(ours.filter((k) => seed.includes(k))).toEqual(seed);
  });

  it('refuses an id whose file exists, and leaves the file alone', () => {
    const dir = seedFolder();
    const before = readFileSync(join(dir, 'nextmotion-2020.yaml'), 'utf8');
    const r = scaffold(dir, { ...FLAGS, id: 'nextmotion-2020' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--id: the id "nextmotion-2020" already exists/);
    expect(readFileSync(join(dir, 'nextmotion-2020.yaml'), 'utf8')).toBe(before);
  });

  it('refuses an id that another file uses, whatever that file is called', () => {
    const dir = seedFolder();
    write(dir, 'renamed-by-mistake.yaml', edit(seedText('nextmotion-2020.yaml'), 'id: nextmotion-2020', 'id: acme-clinic-2024'));
    const r = scaffold(dir, FLAGS);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists \(.*renamed-by-mistake\.yaml\)/);
    expect(existsSync(join(dir, 'acme-clinic-2024.yaml'))).toBe(false);
  });

  it.each(['Acme-Clinic-2024', 'acme_clinic_2024', 'acme--clinic', '-acme', 'acme clinic'])('refuses the id "%s", which is not kebab-case', (id) => {
    const dir = seedFolder();
    const r = scaffold(dir, { ...FLAGS, id });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--id: use lower-case letters, digits and single hyphens \(kebab-case\)/);
    expect(readdirSync(dir).sort()).toEqual(['greenbone-pacs-2019.yaml', 'nextmotion-2020.yaml']);
  });

  it('names every bad value in one run, in the validator\'s words, and writes nothing', () => {
    const dir = seedFolder();
    const r = scaffold(dir, {
      ...FLAGS,
      country: 'UK',
      'made-public': '24/01/2020',
      'source-url': 'http://example.org/a',
      sector: 'cosmetics',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--country: "UK" is not an ISO 3166-1 alpha-2 country code');
    expect(r.stderr).toContain('the ISO code for the United Kingdom is "GB"');
    expect(r.stderr).toContain('--made-public: use an ISO 8601 date');
    expect(r.stderr).toContain('did you mean "2020-01-24"?');
    expect(r.stderr).toContain('--source-url: use a full https:// address');
    expect(r.stderr).toMatch(/--sector: "cosmetics" is not allowed; use one of: aesthetic-medicine/);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('refuses a date in the future', () => {
    const r = scaffold(seedFolder(), { ...FLAGS, 'made-public': '2031-01' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--made-public: "2031-01" is in the future (today is ${TODAY})`);
  });

  it('lists the missing flags when not in a terminal', () => {
    const { id: _id, title: _t, ...rest } = FLAGS;
    const r = scaffold(seedFolder(), rest);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing --id, --title \(not in a terminal/);
  });

  it('refuses an unknown flag, such as --force', () => {
    const r = scaffold(seedFolder(), { ...FLAGS, force: 'yes' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--force'/);
  });
});

describe('scaffold helpers', () => {
  it('slugify makes a source id from a publisher', () => {
    expect(slugify('Security Magazine')).toBe('security-magazine');
    expect(slugify('Le Journal du Geek!')).toBe('le-journal-du-geek');
    expect(slugify('Öffentliche Rundfunk')).toBe('offentliche-rundfunk');
    expect(slugify('01net')).toBe('01net');
  });

  it('idTakenBy finds an id by file name or by its id line', () => {
    const dir = seedFolder();
    expect(idTakenBy('nextmotion-2020', dir)).toBe(join(dir, 'nextmotion-2020.yaml'));
    expect(idTakenBy('nextmotion', dir)).toBeUndefined();
    write(dir, 'other.yaml', 'id: "quoted-2021"  # a comment\n');
    expect(idTakenBy('quoted-2021', dir)).toBe(join(dir, 'other.yaml'));
  });
});

describe('npm run new-incident in a terminal', () => {
  /** Plays scripted answers to the question loop and records what was said. */
  async function play(script: string[], given: Record<string, string> = {}) {
    const dir = seedFolder();
    const answers: Record<string, string | string[] | undefined> = {};
    const said: string[] = [];
    const prompts: string[] = [];
    const queue = [...script];
    await askAll(QUESTIONS, given, { dir, today: TODAY, answers }, answers, {
      ask: async (prompt) => {
        prompts.push(prompt);
        const next = queue.shift();
        if (next === undefined) throw new Error(`no scripted answer for: ${prompt}`);
        return next;
      },
      say: (line) => said.push(line),
    });
    expect(queue, 'every scripted answer was used').toEqual([]);
    return { answers, said: said.join('\n'), prompts };
  }

  it('asks again after a refused answer, in the validator\'s words, and keeps defaults on Enter', async () => {
    const { answers, said, prompts } = await play([
      'nextmotion-2020', // taken
      'Acme_2024', // not kebab-case
      'acme-clinic-2024',
      'Acme clinic photos exposed',
      '', // kind: default incident
      'cosmetics',
      'aesthetic-medicine',
      'misconfigured-cloud-storage',
      'uk',
      'gb, fr',
      '24/01/2024',
      '2024-01',
      '', // organisation: optional, left empty
      '', // organisation role: optional
      '', // organisation country: default, the first country
      'http://example.org/a',
      'https://example.org/a',
      'Acme leak',
      'Example News',
      '2024-01-24',
      'en',
      '', // source type: default news
      '', // source id: default from the publisher
    ]);
    expect(said).toContain('the id "nextmotion-2020" already exists');
    expect(said).toContain('use lower-case letters, digits and single hyphens (kebab-case): got "Acme_2024"');
    expect(said).toContain('"cosmetics" is not allowed; use one of: aesthetic-medicine');
    expect(said).toContain('the ISO code for the United Kingdom is "GB"');
    expect(said).toContain('did you mean "2024-01-24"?');
    expect(said).toContain('the same address with https:// usually works');
    expect(prompts).toContain('Kind [incident]: ');
    expect(prompts).toContain('Source id, used by figures to cite it [example-news]: ');
    expect(answers).toMatchObject({
      id: 'acme-clinic-2024',
      kind: 'incident',
      sector: 'aesthetic-medicine',
      country: ['GB', 'FR'],
      'made-public': '2024-01',
      'organisation-country': 'GB',
      'source-url': 'https://example.org/a',
      'source-type': 'news',
      'source-id': 'example-news',
    });
    expect(answers.organisation).toBeUndefined();
  });

  it('does not ask what a valid flag already answered, and asks again for a refused flag', async () => {
    const { answers, prompts, said } = await play(
      ['acme-clinic-2024', 'Title', '', 'phishing', 'IT', '2024', '', '', '', 'https://example.org/b', 'T', 'P', '2024', 'it', '', ''],
      { id: 'Bad Id', sector: 'dental' },
    );
    expect(said).toContain('--id: use lower-case letters');
    expect(prompts.some((p) => p.startsWith('Sector'))).toBe(false);
    expect(answers).toMatchObject({ id: 'acme-clinic-2024', sector: 'dental', 'source-id': 'p' });
  });
});

