/**
 * The deploy workflow as a specification: it publishes on every push to main, only after
 * CI's own checks, builds with the README's build command, and uploads the folder the site
 * builds into. Read from the workflow files themselves, so an edit that breaks one of these
 * promises fails here rather than on the first deploy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@atlas/data';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  needs?: string | string[];
  steps?: Step[];
  permissions?: Record<string, string>;
  environment?: { name?: string };
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow =>
  parse(readFileSync(join(repoRoot, '.github/workflows', name), 'utf8')) as Workflow;
const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const needs = (job: Job): string[] => (job.needs === undefined ? [] : [job.needs].flat());

describe('deploy to GitHub Pages', () => {
  const deploy = workflow('deploy.yml');
  const jobs = Object.entries(deploy.jobs);
  const checks = jobs.find(([, job]) => job.uses === './.github/workflows/ci.yml');
  const build = jobs.find(([, job]) => job.steps?.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@')));
  const publish = jobs.find(([, job]) => job.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@')));

  it('runs on every push to main', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
  });

  it('runs the same checks as CI first, by calling the CI workflow itself', () => {
    expect(checks, 'a job that calls ci.yml').toBeDefined();
    expect(workflow('ci.yml').on).toHaveProperty('workflow_call');
    expect(build && needs(build[1])).toContain(checks?.[0]);
  });

  it('builds with the same command as `npm run build` and uploads the site build', () => {
    const steps = build?.[1].steps ?? [];
    expect(steps.map((s) => s.run)).toContain('npm ci');
    expect(steps.map((s) => s.run)).toContain('npm run build');
    expect(rootPackage.scripts.build, 'the root build command').toBeDefined();
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('apps/site/dist');
  });

  it('publishes only after the build, with the Pages permissions and nothing wider', () => {
    expect(publish).toBeDefined();
    const [, job] = publish ?? ['', {}];
    expect(needs(job)).toContain(build?.[0]);
    expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(job.environment?.name).toBe('github-pages');
  });

  // issue 17: frozen versions are GitHub release assets, fetched before the build and released after a deploy.
  it('fetches every data-* release into .data-releases/ before the build, and releases this version after the deploy', () => {
    const fetch = jobs.find(([, job]) => job.steps?.some((s) => s.run?.includes('gh release download')));
    expect(fetch, 'a job that downloads the data-* release assets').toBeDefined();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, not a template
    expect(fetch?.[1].steps?.find((s) => s.run?.includes('gh release download'))?.run).toContain('.data-releases/${tag#data-}');
    expect(build && needs(build[1])).toContain(fetch?.[0]);
    const steps = build?.[1].steps ?? [];
    const download = steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.path === '.data-releases');
    const buildStep = steps.findIndex((s) => s.run === 'npm run build');
    expect(download, 'the releases are in place before the build').toBeGreaterThanOrEqual(0);
    expect(download).toBeLessThan(buildStep);
    const release = jobs.find(([, job]) => job.steps?.some((s) => s.run?.includes('gh release create "data-$version"')));
    expect(release, 'a job that creates release data-<version>').toBeDefined();
    expect(publish && release && needs(release[1])).toContain(publish?.[0]);
    expect(release?.[1].permissions).toEqual({ contents: 'write' });
    expect(readFileSync(join(repoRoot, '.gitignore'), 'utf8')).toMatch(/^\.data-releases\/$/m);
  });
});
