// What a published record carries beyond a valid file (issue 14): translations, read sources, a basis of sources.
import type { Incident } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { contentDir, coverageProblems, independent, loadDataset, relays, repoRoot, sourceBasis } from '../src/index.ts';

const { dataset } = loadDataset({ dir: contentDir(), cwd: repoRoot });
const base = dataset.incident('nextmotion-2020') as Incident;

type Source = Incident['sources'][number];
const src = (id: string, type: Source['type'], publisher: string, extra: Partial<Source> = {}): Source =>
  ({ id, type, publisher, title: id, url: `https://example.org/${id}`, published: '2020-01', ...extra }) as Source;
const withSources = (sources: Source[]): Incident => ({ ...structuredClone(base), sources, figures: [], accounts: [] });

describe('sourceBasis', () => {
  it('accepts one primary report, regulator decision or notice, or court decision', () => {
    for (const type of ['primary-report', 'regulator-decision', 'regulator-notice', 'court'] as const) {
      expect(sourceBasis(withSources([src('a', type, 'X')]))?.map((s) => s.id)).toEqual(['a']);
    }
  });

  it('refuses a primary source nobody read', () => {
    expect(sourceBasis(withSources([src('a', 'primary-report', 'X', { read: false })]))).toBeUndefined();
  });

  it('accepts two news sources from different publishers, neither citing the other', () => {
    expect(sourceBasis(withSources([src('a', 'news', 'Le Monde'), src('b', 'news', 'La Repubblica')]))?.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('refuses one news source, two from the same publisher, or a relay of the other', () => {
    expect(sourceBasis(withSources([src('a', 'news', 'Le Monde')]))).toBeUndefined();
    expect(sourceBasis(withSources([src('a', 'news', 'Le Monde'), src('b', 'news', ' le monde ')]))).toBeUndefined();
    expect(sourceBasis(withSources([src('a', 'news', 'Le Monde'), src('b', 'news', 'Libération', { cites: 'a' })]))).toBeUndefined();
    // through a chain: c cites b, b cites a
    const chain = [src('a', 'news', 'A'), src('b', 'blog', 'B', { cites: 'a' }), src('c', 'news', 'C', { cites: 'b' })];
    expect(relays(chain[2] as Source, chain[0] as Source, chain)).toBe(true);
    expect(independent(chain[0] as Source, chain[2] as Source, chain)).toBe(false);
    expect(sourceBasis(withSources(chain))).toBeUndefined();
  });

  it('does not count company statements, press releases or blogs', () => {
    expect(sourceBasis(withSources([src('a', 'company-statement', 'X'), src('b', 'press-release', 'Y'), src('c', 'blog', 'Z')]))).toBeUndefined();
  });
});

describe('coverageProblems', () => {
  it('names missing French and Italian titles and summaries', () => {
    const bare = { ...structuredClone(base), title: { en: 'T' }, summary: { en: 'S', fr: ' ' } } as Incident;
    const problems = coverageProblems(bare);
    expect(problems.filter((p) => /^(title|summary)\.(fr|it) missing/.test(p))).toHaveLength(4);
  });

  it('names a figure whose source is marked read: false', () => {
    const copy = structuredClone(base);
    const figure = copy.figures[0] as Incident['figures'][number];
    copy.sources = copy.sources.map((s) => (s.id === figure.source ? { ...s, read: false } : s));
    expect(coverageProblems(copy).some((p) => p.startsWith('figures[0].source') && p.includes('read: false'))).toBe(true);
  });

  it('names a record with no basis of sources', () => {
    expect(coverageProblems(withSources([src('a', 'news', 'Le Monde')]))).toEqual([expect.stringMatching(/^sources: no primary report/)]);
  });

  it('finds nothing to say about a complete record', () => {
    expect(coverageProblems(base)).toEqual([]);
  });
});
