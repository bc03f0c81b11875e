/**
 * Uses the second core during `astro build`. Astro renders pages on one
 * thread; at build start this integration forks scripts/side-outputs.ts,
 * which, from the dataset, writes the search index of every incident and
 * every chart's SVG and CSV download into a staging folder while Astro
 * renders. When Astro has written the pages, both are moved into the site,
 * and the explainer and checklist pages are indexed into pagefind/pages/.
 * A failure in the side process fails the build.
 *
 * Nothing happens in `astro dev`: there the chart route serves the downloads
 * (ATLAS_CHART_ROUTE), and search has no index (Pagefind indexes a build).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SideMessage } from '../../scripts/side-outputs.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/side-outputs.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The next message of a given type from the child; rejects if it fails or exits first. */
function next<T extends SideMessage['type']>(child: ChildProcess, type: T): Promise<Extract<SideMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: SideMessage) => {
      if (m.type === type) {
        cleanup();
        resolve(m as Extract<SideMessage, { type: T }>);
      } else if (m.type === 'failed') {
        cleanup();
        reject(new Error(m.message));
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the build's side process exited with ${code} before it was ${type}`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Moves the staged folders (charts/, pagefind/) into the site: a rename on one file system, a copy across two. */
function moveInto(from: string, site: string): void {
  for (const name of ['charts', 'pagefind']) {
    const source = join(from, name);
    const target = join(site, name);
    if (!existsSync(source)) throw new Error(`the build's side process wrote no ${name}/`);
    if (existsSync(target)) throw new Error(`${target} exists already: public/ must not hold a ${name}/ folder`);
    try {
      renameSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(source, target, { recursive: true });
    }
  }
}

/** Staging folders left by builds that failed before they could clean up (their process is gone). */
function removeStale(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = Number(/^atlas-side-(\d+)-/.exec(name)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}

export function sideOutputs(): AstroIntegration {
  let child: ChildProcess | undefined;
  let ready: ReturnType<typeof next<'ready'>> | undefined;
  let staging: string | undefined;
  let cacheDir: string | undefined;
  return {
    name: 'atlas-side-outputs',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // The chart route serves the downloads only when no build writes them (dev, preview).
        updateConfig({ vite: { define: { 'import.meta.env.ATLAS_CHART_ROUTE': JSON.stringify(command !== 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        // Astro empties the output folder as it builds: the side process writes next to it, in Astro's cache folder.
        const parent = cacheDir ?? process.cwd();
        mkdirSync(parent, { recursive: true });
        removeStale(parent);
        staging = mkdtempSync(join(parent, `atlas-side-${process.pid}-`));
        // Its heap holds one dataset (about 120 MB at 10,000 incidents); a ceiling keeps V8 from letting garbage grow past that.
        child = fork(SCRIPT, [staging], {
          execArgv: ['--import', TSX, '--max-old-space-size=384'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        ready = next(child, 'ready');
        // Keep a rejection for build:done, which reports it; Node must not treat it as unhandled meanwhile.
        ready.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!child || !ready || !staging) return;
        const site = fileURLToPath(dir);
        try {
          const r = await ready;
          moveInto(staging, site);
          logger.info(`${r.charts} charts' downloads and the search index of ${r.records} incident pages, ready ${(r.ms / 1000).toFixed(1)} s after the build started`);
          const done = next(child, 'done');
          child.send({ type: 'finish', site });
          const d = await done;
          logger.info(`search index of ${d.pages} explainer and checklist pages written to pagefind/pages/ in ${(d.ms / 1000).toFixed(1)} s`);
        } finally {
          child.kill();
          rmSync(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
