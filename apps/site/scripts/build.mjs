/**
 * `npm run build`: the site on both cores. It starts, side by side:
 *
 * - `astro build`, which renders every page on one core, in a Node process
 *   whose heap is bounded: at 10,000 incidents the pages Astro holds while it
 *   renders come to under 1 GB, but V8 let the heap of a default process grow
 *   to 2.4 GB of mostly garbage before collecting it;
 * - scripts/side-outputs.ts, a sibling process on the same site model
 *   (src/model/), which writes the data files of every version, each record's
 *   JSON, the search index of every incident, every chart's SVG and CSV
 *   download and the sitemap into a staging folder.
 *
 * When Astro has written the pages, build.mjs sends the site's folder to the
 * sibling on its standard input; the sibling moves the staged files into the
 * site and indexes the built explainer and checklist pages. A failure of
 * either process fails the build and stops the other. The folder is validated
 * once: the first process to load it leaves the records in a snapshot file
 * (ATLAS_DATASET_SNAPSHOT, @atlas/data snapshot.ts) that the other reads.
 * Arguments are passed on to `astro build`; its --root and --outDir say where
 * the site goes. With ATLAS_CPU_PROF_DIR set, both processes write a V8 CPU
 * profile there (`npm run bench -- --profile`; Node refuses --cpu-prof in
 * NODE_OPTIONS).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * The Node flags of the astro build process (and of the Astro floor it is
 * measured against). A young generation of 32 MB, not 16, lets the short-lived
 * strings of a page die young instead of being copied into the old generation:
 * about 7% off the build at 10,000 incidents (151.5 s against 163.0 s).
 */
export const ASTRO_NODE_FLAGS = ['--max-old-space-size=1024', '--max-semi-space-size=32'];
/** The Node flags of the sibling: its heap holds one dataset (about 120 MB at 10,000 incidents) and, while it writes them first, the data files (about 200 MB at 10,000, garbage soon after); a ceiling keeps V8 from letting garbage grow past that. */
export const SIDE_NODE_FLAGS = ['--max-old-space-size=512'];

const SITE = fileURLToPath(new URL('..', import.meta.url));
const SIDE_SCRIPT = fileURLToPath(new URL('./side-outputs.ts', import.meta.url));

/** astro's CLI file (its package exports do not include it). */
export function astroBin(from = SITE) {
  return join(dirname(createRequire(import.meta.url).resolve('astro/package.json', { paths: [from] })), 'astro.js');
}

const tsx = () => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs a Node script with flags and `env`; resolves with its exit code. `started` receives the child; `stdin: 'pipe'` gives it an input to write to. */
function run(args, env, started, stdin = 'inherit') {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: [stdin, 'inherit', 'inherit'], env });
    started?.(child);
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Builds the site; returns the exit code. */
export async function build(argv) {
  const { values } = parseArgs({ args: argv, options: { root: { type: 'string' }, outDir: { type: 'string' } }, strict: false, allowPositionals: true });
  const root = resolve(typeof values.root === 'string' ? values.root : SITE);
  const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : join(root, 'dist'));
  // Astro empties the output folder as it starts: the sibling writes beside it.
  const staging = join(dirname(outDir), '.side-outputs');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // The validated records, left by whichever process loads the folder first for the other (@atlas/data snapshot.ts).
  const snapshot = join(dirname(outDir), '.dataset-snapshot');
  rmSync(snapshot, { force: true });
  const env = { ...process.env, ATLAS_DATASET_SNAPSHOT: snapshot };
  const children = [];
  const profDir = process.env.ATLAS_CPU_PROF_DIR;
  const prof = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  const stopAll = () => {
    for (const c of children) if (c.exitCode === null) c.kill();
  };
  try {
    let sibling;
    const astro = run([...ASTRO_NODE_FLAGS, ...prof, astroBin(root), 'build', ...argv], env, (c) => children.push(c));
    const side = run(
      [...SIDE_NODE_FLAGS, ...prof, '--import', tsx(), SIDE_SCRIPT, staging],
      env,
      (c) => {
        children.push(c);
        sibling = c;
        // A sibling that has already failed cannot read: its exit code says why.
        c.stdin?.on('error', () => {});
      },
      'pipe',
    );
    // Whichever fails first stops the other; once Astro has written the pages, the sibling is told where they are.
    const stopOnFailure = (code) => {
      if (code !== 0) stopAll();
      return code;
    };
    const [astroCode, sideCode] = await Promise.all([
      astro.then((code) => {
        if (code === 0) sibling?.stdin?.end(`${outDir}\n`);
        return stopOnFailure(code);
      }),
      side.then(stopOnFailure),
    ]);
    if (astroCode !== 0) return astroCode;
    if (sideCode !== 0) console.error(`the build's sibling process (scripts/side-outputs.ts) exited with ${sideCode}`);
    return sideCode;
  } finally {
    stopAll();
    rmSync(staging, { recursive: true, force: true });
    rmSync(snapshot, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await build(process.argv.slice(2));
}
