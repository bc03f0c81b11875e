/**
 * A worker thread's script, bundled by esbuild from a TypeScript entry and all
 * it imports into one CommonJS script for `new Worker(script, { eval: true })`.
 * Node 20 cannot run TypeScript, and loading the source through tsx in a worker
 * took 0.7–1 s before the first file; the bundled script is ready in about 0.25 s.
 *
 * The script is kept in a cache file with a digest of every file it was built
 * from, and built again (0.3–0.4 s, in esbuild's own process) as soon as one
 * of them differs or is gone. Reading and hashing the inputs (about 290 files,
 * 2 MB, zod and the YAML parsers included) takes about 20 ms.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';

interface Cached {
  /** [absolute path, SHA-1 of its bytes] of every input. */
  inputs: [string, string][];
  script: string;
}

/** The cached script when every input is as it was, else undefined. */
function fresh(cacheFile: string): string | undefined {
  let cached: Cached;
  try {
    cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Cached;
  } catch {
    return undefined;
  }
  for (const [path, digest] of cached.inputs) {
    if (digestOf(path) !== digest) return undefined;
  }
  return cached.script;
}

/** The SHA-1 of a file's bytes, or undefined when it cannot be read. */
function digestOf(path: string): string | undefined {
  try {
    return createHash('sha1').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined;
  }
}

/** The bundled script of `entry`, from `cacheFile` when it is fresh; `built` says whether esbuild ran. */
export async function bundledScript(entry: string, cacheFile: string): Promise<{ script: string; built: boolean }> {
  const cached = fresh(cacheFile);
  if (cached !== undefined) return { script: cached, built: false };
  const base = dirname(entry);
  const began = Date.now();
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: base,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text ?? '';
  const paths = Object.keys(result.metafile.inputs).map((p) => resolve(base, p));
  // An input written since the build began may differ from what esbuild read: then keep no cache.
  if (paths.some((p) => (statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY) >= began - 1000)) return { script, built: true };
  const inputs = paths.map((path): [string, string] => [path, digestOf(path) ?? '']);
  // Written whole under another name and then renamed, so that a reader never sees half a file.
  // A cache that cannot be written (a read-only folder) only means building again next time.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ inputs, script } satisfies Cached));
    renameSync(tmp, cacheFile);
  } catch {
    if (existsSync(tmp)) rmSync(tmp);
  }
  return { script, built: true };
}
