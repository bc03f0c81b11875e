/** CITATION.cff at the repository root names the dataset, licence and address the exports publish. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DATA_LICENSE, DATASET_NAME } from '../src/export.ts';
import { repoRoot } from '../src/paths.ts';

describe('CITATION.cff', () => {
  const cff = parse(readFileSync(join(repoRoot, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;

  it('is a Citation File Format 1.2.0 file for a dataset, with a message and authors', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.type).toBe('dataset');
    expect(typeof cff.message).toBe('string');
    expect(Array.isArray(cff.authors) && cff.authors.length).toBeGreaterThan(0);
  });

  it('gives the same title and licence as incidents.json', () => {
    expect(cff.title).toBe(DATASET_NAME);
    expect(cff.license).toBe(DATA_LICENSE.id);
  });
});
