#!/usr/bin/env node
// `npm start`: builds everything (schema, data artifacts, charts, site) and,
// when the site has been built, serves it on loopback. Without a site it
// prints where the data artifacts are, so the command is useful from day one.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const build = spawnSync(npx, ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env });
if (build.status !== 0) {
  console.error('\nnpm start: the build failed; the messages above name each file, line and field.');
  process.exit(build.status ?? 1);
}

console.log('\nData artifacts:');
for (const f of ['incidents.json', 'figures.csv', 'sources.csv', 'incident.schema.json']) console.log(`  packages/data/dist/${f}`);

const site = `${root}apps/site/dist/index.html`;
if (!existsSync(site)) {
  console.log('\nThe site has not been built yet; the data artifacts above are the output.');
  process.exit(0);
}
const port = process.env.PORT ?? '4321';
console.log(`\nServing the site at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
const child = spawn(process.execPath, [`${root}apps/site/scripts/serve.mjs`, '--port', port], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 0));
