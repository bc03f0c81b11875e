// Sums a V8 .cpuprofile (from node --cpu-prof) into self time per function and
// per file, so that a bench run can say where an Astro build spends its time.
import { readFileSync } from 'node:fs';

/** Top self-time functions and files of a .cpuprofile; times in ms. */
export function summarize(file, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const fns = new Map();
  const files = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    total += ms;
    const where = f.url ? f.url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'node_modules/') : '(native)';
    const fn = `${f.functionName || '(anonymous)'} ${where}:${f.lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
    const pkg = where.startsWith('node_modules/') ? where.split('/').slice(0, where.split('/')[1]?.startsWith('@') ? 3 : 2).join('/') : where;
    files.set(pkg, (files.get(pkg) ?? 0) + ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { total, functions: sorted(fns), files: sorted(files) };
}
