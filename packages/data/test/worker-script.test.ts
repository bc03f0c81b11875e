import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledScript } from '../src/worker-script.ts';

/** Runs a CommonJS script and gives what it put on `globalThis.answer`. */
function answer(script: string): unknown {
  const sandbox: { answer?: unknown } = {};
  runInNewContext(script, { globalThis: sandbox, module: { exports: {} }, exports: {} });
  return sandbox.answer;
}

describe('the bundled worker script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-worker-script-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entry = join(dir, 'entry.ts');
  const part = join(dir, 'part.ts');
  const cache = join(dir, 'cache', 'script.json');
  /** Writes a file as if a minute ago: the cache is kept only for inputs written before the build began. */
  const writeEarlier = (path: string, text: string) => {
    writeFileSync(path, text);
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(path, earlier, earlier);
  };
  writeEarlier(entry, "import { value } from './part.ts';\nconst n: number = value * 2;\n(globalThis as { answer?: number }).answer = n;\n");
  writeEarlier(part, 'export const value = 21;\n');

  it('bundles the entry and what it imports, TypeScript included, into one script', async () => {
    const first = await bundledScript(entry, cache);
    expect(first.built).toBe(true);
    expect(answer(first.script)).toBe(42);
  });

  it('is read from the cache while no input has changed', async () => {
    const again = await bundledScript(entry, cache);
    expect(again.built).toBe(false);
    expect(answer(again.script)).toBe(42);
  });

  it('is built again when an imported file changes, and then gives the new code', async () => {
    // The same size and an older time than before: only the bytes tell.
    writeEarlier(part, 'export const value = 50;\n');
    const changed = await bundledScript(entry, cache);
    expect(changed.built).toBe(true);
    expect(answer(changed.script)).toBe(100);
    expect((await bundledScript(entry, cache)).built).toBe(false);
  });

  it('keeps no cache when an input was written while it was being built', async () => {
    writeFileSync(part, 'export const value = 60;\n');
    expect(answer((await bundledScript(entry, cache)).script)).toBe(120);
    const next = await bundledScript(entry, cache);
    expect(next.built).toBe(true);
    expect(answer(next.script)).toBe(120);
  });

  it('is built again when the cache file is damaged', async () => {
    writeEarlier(part, 'export const value = 70;\n');
    await bundledScript(entry, cache);
    writeFileSync(cache, '{ not json');
    const repaired = await bundledScript(entry, cache);
    expect(repaired.built).toBe(true);
    expect(answer(repaired.script)).toBe(140);
    expect((await bundledScript(entry, cache)).built).toBe(false);
  });

  it('still gives the script when the cache cannot be written', async () => {
    // The cache's folder would be a file: every write fails, and the script is built each time.
    const unwritable = join(entry, 'script.json');
    for (let i = 0; i < 2; i++) {
      const bundle = await bundledScript(entry, unwritable);
      expect(bundle.built).toBe(true);
      expect(answer(bundle.script)).toBe(140);
    }
  });
});
