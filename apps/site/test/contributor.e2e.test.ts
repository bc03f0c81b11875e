/**
 * The contributor's path, end to end, as CONTRIBUTING.md tells it: scaffold a
 * new incident with `new-incident`, fill in its TODOs, check it with
 * `validate`, build the data, then build the site and find the incident's
 * page with its figure's anchor. Everything happens in a temporary copy of
 * content/incidents (ATLAS_CONTENT_DIR), so neither the real records nor
 * packages/data/dist nor apps/site/dist are touched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifacts, loadDataset } from '@atlas/data';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEEDS = join(ROOT, 'content/incidents');
const SITE = join(ROOT, 'apps/site');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const ID = 'e2e-dental-clinic-2024';
const SOURCE_ID = 'example-news';
const FIGURE_ID = `images-world-${SOURCE_ID}`;

const work = mkdtempSync(join(tmpdir(), 'atlas-contributor-'));
const content = join(work, 'incidents');
const file = join(content, `${ID}.yaml`);
const env = { ...process.env, ATLAS_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };

function run(args: string[], options: { timeout?: number } = {}) {
  const r = spawnSync(npx, args, { cwd: ROOT, env, encoding: 'utf8', input: '', timeout: options.timeout ?? 120_000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

// The steps depend on each other, as the contributor's do; vitest runs them in order.
// Each step starts real commands (tsx, the validator, a whole site build): the time limit guards
// against a hang, and is generous because the machine may be busy; speed is measured by the benchmarks.
describe('a contributor adds an incident by pull request', { timeout: 900_000 }, () => {
  it('copies the two seed records into a scratch content folder', () => {
    mkdirSync(content);
    for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(SEEDS, name), join(content, name));
    expect(readdirSync(content).sort()).toEqual(expect.arrayContaining(['greenbone-pacs-2019.yaml', 'nextmotion-2020.yaml']));
  });

  it('1. scaffolds the file with `new-incident` and flags', () => {
    const r = run([
      'tsx',
      'packages/data/src/cli/new-incident.ts',
      `--dir=${content}`,
      `--id=${ID}`,
      '--title=Dental clinic kept patient X-rays in an open cloud folder',
      '--kind=incident',
      '--sector=dental',
      '--vector=misconfigured-cloud-storage',
      '--country=IT',
      '--made-public=2024-05',
      '--organisation=Example Dental Clinic',
      '--organisation-role=clinic',
      '--source-url=https://example.org/news/dental-xrays',
      '--source-title=Open cloud folder exposed 12,000 dental X-rays',
      '--source-publisher=Example News',
      '--source-published=2024-05-14',
      '--source-language=en',
    ]);
    expect(r.code, r.output).toBe(0);
    expect(r.stdout).toContain(`${ID}.yaml`);
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+\/packages\/schema\/incident\.schema\.json\n/);
  });

  it('2. fills in the TODOs: a summary, data types and one figure', () => {
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['summary', 'en'], 'A dental clinic stored patient X-rays in a cloud folder that anyone could open. A newspaper reported it and the folder was closed.');
    doc.set('data_types', ['medical-images', 'names']);
    doc.set('figures', [
      {
        id: FIGURE_ID,
        metric: 'images',
        value: 12000,
        qualifier: 'exact',
        scope: 'world',
        as_of: '2024-05',
        role: 'exposure',
        source: SOURCE_ID,
        evidence: 'exposed 12,000 dental X-rays',
      },
    ]);
    writeFileSync(file, doc.toString());
    const filled = parseDocument(readFileSync(file, 'utf8')).toJS() as { figures: { id: string }[]; data_types: string[] };
    expect(filled.figures.map((f) => f.id)).toEqual([FIGURE_ID]);
    expect(filled.data_types).toEqual(['medical-images', 'names']);
  });

  it('3. `validate` passes on the file, in text and in GitHub format', () => {
    const text = run(['tsx', 'packages/data/src/cli/validate.ts', `--dir=${content}`, file]);
    expect(text.code, text.output).toBe(0);
    expect(text.stderr).toContain('ok: 1 file checked, 0 problems');
    const github = run(['tsx', 'packages/data/src/cli/validate.ts', '--format=github', `--dir=${content}`, file]);
    expect(github.code, github.output).toBe(0);
    expect(github.stdout).toBe('');
  });

  it('4. the data build publishes the figure in incidents.json and figures.csv', () => {
    // In process rather than `build.ts`, which would overwrite packages/data/dist.
    const { dataset } = loadDataset({ dir: content, cwd: ROOT });
    const files = artifacts(dataset);
    const json = JSON.parse(files['incidents.json'] as string) as { incidents: { id: string; figures: { id: string; value: number }[] }[] };
    const incident = json.incidents.find((i) => i.id === ID);
    expect(incident?.figures).toEqual([expect.objectContaining({ id: FIGURE_ID, value: 12000 })]);
    const [header, ...rows] = parseCsv(files['figures.csv'] as string);
    const col = (name: string) => (header as string[]).indexOf(name);
    const row = rows.find((r) => r[col('incident_id')] === ID && r[col('figure_id')] === FIGURE_ID);
    expect(row?.[col('value')]).toBe('12000');
    expect(row?.[col('source_url')]).toBe('https://example.org/news/dental-xrays');
    // The seeds are still there, untouched by the new record.
    expect(json.incidents.map((i) => i.id)).toEqual(expect.arrayContaining(['nextmotion-2020', 'greenbone-pacs-2019']));
  });

  it('5. the site build has the incident page with the figure\'s anchor', () => {
    // The site must exist for this step: a missing config is a failure, not a skip.
    const config = ['astro.config.mjs', 'astro.config.ts'].find((c) => existsSync(join(SITE, c)));
    expect(config, 'apps/site has no astro.config.{mjs,ts}: the site part of the contributor path cannot run').toBeDefined();
    const out = join(work, 'site');
    // As `npm run build` does: astro build, and beside it the sibling process (search index, chart downloads, sitemap).
    const r = run(['node', join(SITE, 'scripts/build.mjs'), '--root', SITE, '--outDir', out], { timeout: 600_000 });
    expect(r.code, r.output.slice(-4000)).toBe(0);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(`/incidents/${ID}/</loc>`);
    const page = join(out, 'incidents', ID, 'index.html');
    expect(existsSync(page), `no ${page}`).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(`id="fig-${FIGURE_ID}"`);
    expect(html).toContain('Dental clinic kept patient X-rays in an open cloud folder');
  }, 660_000);
});
