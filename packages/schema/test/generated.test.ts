import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../src/generated.ts';

describe('checked-in files generated from the zod schema', () => {
  for (const [name, text] of Object.entries(generatedFiles())) {
    it(`${name} is up to date (run \`npm run build -w @atlas/schema\` after changing the schema)`, () => {
      expect(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')).toBe(text);
    });
  }

  it('gives every property of the JSON Schema a description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as { properties?: Record<string, { description?: string }>; items?: unknown; anyOf?: unknown[] };
      for (const [k, v] of Object.entries(n.properties ?? {})) {
        if (!v.description) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      if (n.items) walk(n.items, `${path}[]`);
    };
    walk(JSON.parse(generatedFiles()['incident.schema.json'] as string), '');
    expect(missing).toEqual([]);
  });

  it('documents every field in FIELDS.md', () => {
    const md = generatedFiles()['FIELDS.md'] as string;
    for (const field of ['id', 'schema_version', 'figures', 'qualifier', 'as_of', 'evidence', 'archived_url', 'corrections', 'currency', 'unit_as_reported', 'claim', 'placeholder', 'revises', 'outcomes', 'links', 'legal_basis', 'data-volume', 'therapy-notes', 'same-vendor-breach']) expect(md).toContain(`\`${field}\``);
  });
});
