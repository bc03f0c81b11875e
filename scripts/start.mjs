#!/usr/bin/env node
// `npm start`: builds everything (schema, data artifacts, charts, site) and,
// when the site has been built, serves it on loopback. It then watches
// content/: when a file changes it validates the incidents, prints every
// problem as file:line:col, and rebuilds the site once they are valid, so a
// contributor sees a new incident as soon as its file is valid.
// Without a built site it prints where the data artifacts are and exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const build = () =>
  spawnSync(npx, ['turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env }).status === 0;

if (!build()) {
  console.error('\nnpm start: the build failed; the messages above name each file, line and field.');
  process.exit(1);
}

console.log('\nData artifacts:');
for (const f of ['incidents.json', 'figures.csv', 'sources.csv', 'incident.schema.json']) console.log(`  packages/data/dist/${f}`);

if (!existsSync(`${root}apps/site/dist/index.html`)) {
  console.log('\nThe site has not been built yet; the data artifacts above are the output.');
  process.exit(0);
}

// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script, which runs the server itself, not by a turbo task.
const port = process.env.PORT ?? '4321';
const server = spawn(process.execPath, [`${root}apps/site/scripts/serve.mjs`, '--port', port], { cwd: root, stdio: 'inherit', env });
server.on('exit', (code) => process.exit(code ?? 0));
console.log(`\nServing the site at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);

if (!process.argv.includes('--no-watch')) {
  console.log('Watching content/: a change is validated, and the site is rebuilt once every file is valid.');
  let timer;
  let running = false;
  let again = false;
  const rebuild = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const check = spawnSync(npx, ['tsx', 'packages/data/src/cli/validate.ts'], { cwd: root, stdio: 'inherit', env });
    if (check.status === 0) {
      console.log('content is valid: rebuilding the site…');
      console.log(build() ? `rebuilt: reload http://127.0.0.1:${port}/` : 'the rebuild failed; see the messages above.');
    } else console.log('fix the problems above; the site keeps its last good build.');
    running = false;
    if (again) {
      again = false;
      rebuild();
    }
  };
  watch(`${root}content`, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 400);
  });
  process.on('SIGINT', () => {
    server.kill();
    process.exit(0);
  });
}
