/**
 * Contributor preview for `astro dev`: watches the incident folder, re-runs
 * the validator on every change, prints each problem as
 * `file:line:col  field  message`, and reloads the browser. Invalid files are
 * left out of the preview instead of stopping the server (src/lib/site.ts
 * loads with strict: false in dev).
 */
import { resolve } from 'node:path';
import { formatDiagnostic, loadDataset } from '@atlas/data';
import type { AstroIntegration } from 'astro';
import { incidentsDir } from '../lib/paths.ts';

export function incidentPreview(): AstroIntegration {
  return {
    name: 'atlas-incident-preview',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const { dir, root } = incidentsDir();
        const report = () => {
          try {
            const { dataset, diagnostics } = loadDataset({ dir, cwd: root, strict: false });
            if (diagnostics.length === 0) {
              logger.info(`content/incidents: ${dataset.incidents.length} valid records`);
            } else {
              const lines = diagnostics.map(formatDiagnostic).join('\n');
              logger.error(
                `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} in content/incidents (invalid files are left out of the preview):\n${lines}`,
              );
            }
          } catch (error) {
            logger.error(`could not read content/incidents: ${String(error)}`);
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
    },
  };
}
