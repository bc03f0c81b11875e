import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticIncidents } from '../src/synthetic.ts';
import { validate } from '../src/validate.ts';
import { validateInParallel } from '../src/validate-parallel.ts';
import { edit, TODAY, write } from './helpers.ts';

/** 1,200 valid files (enough for a worker), then five broken ones that sort last, so they fall in a worker's share. */
function folder(): { dir: string; first: string } {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-parallel-'));
  const files = writeSyntheticIncidents(dir, 1_200, 7);
  const first = files[0] as string;
  const text = readFileSync(first, 'utf8');
  const id = /^id: (.+)$/m.exec(text)?.[1] as string;
  // Same id as the first file: a cross-file finding on a file each thread read.
  write(dir, 'zz-duplicate.yaml', text);
  // A rule of one record (id-matches-file), which now runs in the thread that read the file.
  write(dir, 'zz-rule.yaml', text.replace(`id: ${id}`, 'id: not-this-file'));
  write(dir, 'zz-schema.yaml', edit(text.replace(`id: ${id}`, 'id: zz-schema'), /^vector: /m, 'vectr: '));
  write(dir, 'zz-yaml.yaml', 'id: zz-yaml\ntitle: [unclosed\n');
  write(dir, 'zz-binary.yaml', new Uint8Array([0x69, 0x64, 0, 0x3a]));
  return { dir, first };
}

describe('validation on several threads', () => {
  const { dir, first } = folder();
  const options = { dir, today: TODAY, cwd: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same records and diagnostics as one thread, positions included', async () => {
    const one = validate(options);
    let shares: number[] = [];
    const two = await validateInParallel({ ...options, threads: 2, waitForWorkers: true, onShares: (s) => (shares = s) });
    // Both threads checked files, and together every file once.
    expect(shares).toHaveLength(2);
    expect(Math.min(...shares)).toBeGreaterThan(0);
    expect(shares.reduce((a, b) => a + b)).toBe(1_205);
    expect(one.diagnostics.length).toBeGreaterThanOrEqual(6);
    expect(one.diagnostics.map((d) => d.file)).toEqual(expect.arrayContaining(['zz-duplicate.yaml', 'zz-rule.yaml', 'zz-schema.yaml', 'zz-yaml.yaml', 'zz-binary.yaml']));
    expect(one.diagnostics.find((d) => d.file === 'zz-rule.yaml')).toMatchObject({ line: 1, field: 'id' });
    expect(one.records.map((r) => r.file)).not.toContain('zz-rule.yaml');
    expect(two.diagnostics).toEqual(one.diagnostics);
    expect(two.filesChecked).toBe(one.filesChecked);
    expect(two.records.map((r) => r.file)).toEqual(one.records.map((r) => r.file));
    expect(two.records.map((r) => r.incident)).toEqual(one.records.map((r) => r.incident));
    // A record read by a worker still finds its lines, from the file read again.
    const last = two.records.at(-1);
    expect(last?.locate(['figures', 0, 'value'])).toEqual(one.records.at(-1)?.locate(['figures', 0, 'value']));
  });

  it('reports on the named files only, like one thread', async () => {
    const named = { ...options, files: [first, join(dir, 'zz-duplicate.yaml')] };
    const one = validate(named);
    const two = await validateInParallel({ ...named, threads: 2, waitForWorkers: true });
    expect(one.diagnostics.length).toBeGreaterThan(0);
    expect(two).toEqual({ ...one, records: expect.any(Array) });
    expect(two.records.map((r) => r.incident)).toEqual(one.records.map((r) => r.incident));
  });

  it('gives the same result when this thread starts at once and a worker joins late or never', async () => {
    const one = validate(options);
    const two = await validateInParallel({ ...options, threads: 2 });
    expect(two.diagnostics).toEqual(one.diagnostics);
    expect(two.records.map((r) => r.incident)).toEqual(one.records.map((r) => r.incident));
  });

  it('answers a missing folder without starting a worker', async () => {
    const missing = { dir: join(dir, 'nope'), today: TODAY, cwd: dir };
    expect(await validateInParallel(missing)).toEqual(validate(missing));
  });
});
