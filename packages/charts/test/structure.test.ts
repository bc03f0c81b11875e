import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CHARTS = join(dirname(fileURLToPath(import.meta.url)), '../src/charts');

describe('src/charts', () => {
  it('holds one chart per file, and no chart imports another: shared code lives outside the folder', () => {
    const files = readdirSync(CHARTS).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const imports = [...readFileSync(join(CHARTS, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => i?.startsWith('./')), file).toEqual([]);
    }
  });
});
