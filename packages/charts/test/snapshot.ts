/**
 * SVG file snapshots in the style of Observable Plot: each chart is written
 * to test/output/<name>.svg and compared byte for byte. A missing file is
 * written and passes locally, but fails under CI=true (as in Plot's
 * test/plot.js), so a snapshot never goes uncommitted; a different one fails,
 * and the new rendering is left beside it as <name>-changed.svg to diff.
 * UPDATE_SNAPSHOTS=1 rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'output');

export function matchSnapshot(name: string, svg: string): void {
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  const missing = !existsSync(file);
  if (missing && isCi()) {
    throw new Error(`test/output/${name}.svg is missing; under CI it is not written. Run the tests locally and commit the new file.`);
  }
  if (process.env.UPDATE_SNAPSHOTS === '1' || missing) {
    writeFileSync(file, svg);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === svg) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, svg);
  throw new Error(
    `test/output/${name}.svg differs from the chart as rendered now (written to test/output/${name}-changed.svg). ` +
      'If the change is intended, run `UPDATE_SNAPSHOTS=1 npm test -w @atlas/charts` and commit the updated file.',
  );
}

/** CI sets CI=true (GitHub Actions, our .ci/run); "false" or "0" mean it is not CI. */
function isCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
