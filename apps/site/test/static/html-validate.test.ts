/**
 * html-validate over every HTML page of the built site: 0 errors with
 * apps/site/.htmlvalidate.json (html-validate:recommended). A rule may be
 * turned off there only when it conflicts with valid Astro output, and
 * DISABLED_BECAUSE below must then say why (JSON has no comments).
 * Reads $SITE_DIST, else apps/site/dist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../../scripts/qa/dist.mjs';

/** Every rule the config changes from html-validate:recommended, and why that is right for Astro's (valid) output. */
const DISABLED_BECAUSE: Record<string, string> = {
  'no-trailing-whitespace':
    "a style rule for hand-written sources: the whitespace of built pages is the Astro compiler's, around template expressions, and means nothing to a browser",
  'valid-id':
    'relaxed, not off: MDX heading anchors come from github-slugger and may start with a digit ("1-cloud-storage-left-open"), which HTML5 allows; relaxed still refuses empty ids and ids with spaces',
};

const configFile = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));
const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
const dir = distDir();

describe('html-validate', () => {
  it('every rule the config changes has a documented reason', () => {
    const changed = Object.keys(config.rules ?? {});
    expect(changed.filter((r) => !DISABLED_BECAUSE[r])).toEqual([]);
  });

  it('every page of dist/ has 0 errors', async () => {
    const files = existsSync(dir) ? htmlFiles(dir) : [];
    expect(files.length, `no HTML in ${dir}: build the site first`).toBeGreaterThan(0);
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
      for (const result of report.results)
        for (const m of result.messages)
          if (m.severity === 2) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message} ${m.selector ?? ''}`);
    }
    const byRule = new Map<string, number>();
    for (const e of errors) {
      const rule = e.split(' ')[1] as string;
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    }
    const summary = [...byRule].map(([r, n]) => `${r} ×${n}`).join(', ');
    expect(errors, `${errors.length} errors (${summary}):\n${errors.slice(0, 100).join('\n')}`).toEqual([]);
  }, 300_000);
});
