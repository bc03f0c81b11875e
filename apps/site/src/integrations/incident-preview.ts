/**
 * Contributor preview for `astro dev`: watches the incident folder, re-runs
 * the validator on every change, prints each problem as
 * `file:line:col  field  message`, and reloads the browser. Invalid files are
 * left out of the preview instead of stopping the server (src/lib/dataset.ts
 * loads with strict: false in dev).
 */
import { resolve } from 'node:path';
import { contentDir, formatDiagnostic, loadDataset, repoRoot } from '@atlas/data';
import type { Plugin } from 'vite';

export function incidentPreview(): Plugin {
  return {
    name: 'atlas-incident-preview',
    apply: 'serve',
    configureServer(server) {
      const dir = resolve(contentDir());
      const report = () => {
        try {
          const { dataset, diagnostics } = loadDataset({ dir, cwd: repoRoot, strict: false });
          if (diagnostics.length === 0) {
            server.config.logger.info(`[atlas] content/incidents: ${dataset.incidents.length} valid records`, { timestamp: true });
          } else {
            const lines = diagnostics.map(formatDiagnostic).join('\n');
            server.config.logger.error(
              `[atlas] ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in content/incidents (invalid files are left out of the preview):\n${lines}`,
              { timestamp: true },
            );
          }
        } catch (error) {
          server.config.logger.error(`[atlas] could not read content/incidents: ${String(error)}`);
        }
      };
      server.watcher.add(dir);
      // One save often fires several events (add + change); validate once per burst.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onFile = (file: string) => {
        if (!resolve(file).startsWith(dir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          report();
          server.ws.send({ type: 'full-reload' });
        }, 150);
      };
      server.watcher.on('add', onFile);
      server.watcher.on('change', onFile);
      server.watcher.on('unlink', onFile);
      report();
    },
  };
}
