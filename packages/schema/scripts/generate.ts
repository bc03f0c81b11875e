// Writes the checked-in artifacts derived from the zod schema:
// incident.schema.json (for editors and non-TypeScript users) and FIELDS.md.
// With --check, or in CI, it writes nothing and fails when a file is stale,
// so a schema change cannot land without its regenerated files.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../src/generated.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check') || process.env.CI === 'true';
let stale = 0;
for (const [name, text] of Object.entries(generatedFiles())) {
  let current = '';
  try {
    current = readFileSync(root + name, 'utf8');
  } catch {}
  if (current === text) continue;
  if (check) {
    console.error(`@atlas/schema: packages/schema/${name} is out of date; run \`npm run build -w @atlas/schema\` and commit it`);
    stale++;
  } else {
    writeFileSync(root + name, text);
    console.log(`@atlas/schema: wrote packages/schema/${name}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
