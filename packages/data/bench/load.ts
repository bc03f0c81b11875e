/**
 * npm run bench:data -- --incidents 10000 [--seed 1]
 * Generates synthetic incidents in a temporary folder, then loads and
 * validates them and derives the dataset and exports. Prints figures; it
 * does not pass or fail. Target: 10,000 files in under 2 s on 2 cores.
 * Validation is timed twice in the same run: in one thread (loadDataset, as the
 * site does) and shared with worker threads (validateInParallel, as the CLI does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/dataset.ts';
import { artifacts } from '../src/export.ts';
import { validateInParallel } from '../src/validate-parallel.ts';
import { writeSyntheticIncidents } from '../src/synthetic.ts';

const USAGE = 'usage: npm run bench:data -- [--incidents N] [--seed N] [--threads N]';
function options(): { count: number; seed: number; threads: number } {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        incidents: { type: 'string', default: '10000' },
        seed: { type: 'string', default: '1' },
        threads: { type: 'string', default: String(Math.min(4, availableParallelism())) },
      },
    });
    const count = Number(values.incidents);
    const seed = Number(values.seed);
    const threads = Number(values.threads);
    if (Number.isInteger(count) && count >= 0 && Number.isInteger(seed) && Number.isInteger(threads) && threads >= 1) return { count, seed, threads };
    console.error(`--incidents, --seed and --threads take whole numbers\n${USAGE}`);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
  }
  process.exit(2);
}
const { count, seed, threads } = options();
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
let peak = process.memoryUsage().rss;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);

try {
  let t = performance.now();
  writeSyntheticIncidents(dir, count, seed);
  const gen = performance.now() - t;
  // Both paths in the same run, one after the other, so that they share the machine's load.
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  t = performance.now();
  let c = cpu();
  const { dataset } = loadDataset({ dir, today: '2026-12-31' });
  const load = performance.now() - t;
  const loadCpu = cpu() - c;
  t = performance.now();
  c = cpu();
  const parallel = await validateInParallel({ dir, today: '2026-12-31', threads });
  const inParallel = performance.now() - t;
  const parallelCpu = cpu() - c;
  if (parallel.records.length !== dataset.info.incidentCount) throw new Error('the parallel path found other records');
  t = performance.now();
  const files = artifacts(dataset);
  const exp = performance.now() - t;
  t = performance.now();
  const disagreements = dataset.disagreements().length;
  const derive = performance.now() - t;
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`incidents            ${dataset.info.incidentCount}`);
  console.log(`figures              ${dataset.info.figureCount}`);
  console.log(`generate files       ${gen.toFixed(0)} ms (not part of the target)`);
  console.log(`load + validate      ${load.toFixed(0)} ms  (one thread, ${loadCpu.toFixed(0)} ms CPU; target < 2000 ms for 10,000)`);
  console.log(`validate, ${threads} threads  ${inParallel.toFixed(0)} ms  (${parallelCpu.toFixed(0)} ms CPU in all threads; without building the Dataset)`);
  console.log(`disagreements        ${derive.toFixed(0)} ms  (${disagreements} found)`);
  console.log(`exports              ${exp.toFixed(0)} ms  (${Object.entries(files).map(([k, v]) => `${k} ${mb(v.length)}`).join(', ')})`);
  console.log(`peak memory (rss)    ${mb(peak)}`);
  console.log(`load average         ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores (other work on the machine slows every figure above)`);
} finally {
  clearInterval(sample);
  rmSync(dir, { recursive: true, force: true });
}
