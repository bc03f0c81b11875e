import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchSnapshot } from './snapshot.ts';

const NAME = 'snapshot-helper-probe';
const FILE = join(dirname(fileURLToPath(import.meta.url)), 'output', `${NAME}.svg`);

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(FILE, { force: true });
});

describe('a missing snapshot', () => {
  it('fails under CI=true and writes nothing', () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('UPDATE_SNAPSHOTS', '');
    expect(() => matchSnapshot(NAME, '<svg/>')).toThrow(/missing; under CI it is not written/);
    expect(existsSync(FILE)).toBe(false);
  });

  it('is written and passes outside CI, then holds the next run to it', () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('UPDATE_SNAPSHOTS', '');
    matchSnapshot(NAME, '<svg/>');
    expect(existsSync(FILE)).toBe(true);
    vi.stubEnv('CI', 'true');
    expect(() => matchSnapshot(NAME, '<svg/>')).not.toThrow();
    expect(() => matchSnapshot(NAME, '<svg></svg>')).toThrow(/differs/);
    rmSync(join(dirname(FILE), `${NAME}-changed.svg`), { force: true });
  });
});
