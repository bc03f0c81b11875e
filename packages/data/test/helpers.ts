import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CONTENT = fileURLToPath(new URL('../../../content/incidents/', import.meta.url));
export const SEEDS = ['nextmotion-2020.yaml', 'greenbone-pacs-2019.yaml'] as const;
export const TODAY = '2026-12-02';

/** A temporary incident folder holding copies of the two seed records. */
export function seedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-test-'));
  for (const name of SEEDS) copyFileSync(join(CONTENT, name), join(dir, name));
  return dir;
}

export const seedText = (name: (typeof SEEDS)[number]) => readFileSync(join(CONTENT, name), 'utf8');

/** Replaces `from` by `to` once, failing loudly when `from` is absent so a fixture never silently stops testing. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return out;
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in fixture: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

export function write(dir: string, name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Every record of content/incidents, parsed straight from its YAML (not through the validator), for expectations derived independently of the code under test. */
export function contentYaml(): { file: string; record: Record<string, unknown> & { id: string } }[] {
  return readdirSync(CONTENT)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, record: parse(readFileSync(join(CONTENT, file), 'utf8')) as Record<string, unknown> & { id: string } }));
}
