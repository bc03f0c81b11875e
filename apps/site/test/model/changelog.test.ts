/** Issue 17: the changelog is grouped by date, newest first, from added/modified dates and corrections logs. */
import { contentDir, Dataset, loadDataset, repoRoot } from '@atlas/data';
import { describe, expect, it } from 'vitest';
import { type ChangeItem, type ChangelogDay, changeItems, changelog, changePages, changesByVersion, changeWeight, type DataVersion, regroup } from '../../src/model/changelog.ts';

const real = loadDataset({ dir: contentDir(), cwd: repoRoot }).dataset.incidents;

describe('changelog', () => {
  it('lists every record once as added, on its added date, newest day first', () => {
    const days = changelog(new Dataset(real), 'en');
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort().reverse());
    expect(days.flatMap((d) => d.added.map((e) => e.id)).sort()).toEqual(real.map((i) => i.id).sort());
    for (const d of days) for (const e of d.added) expect(real.find((i) => i.id === e.id)?.record.added).toBe(d.date);
  });

  it('shows a modification and a correction on their own days, in the page language', () => {
    const [one] = structuredClone(real.slice(0, 1));
    if (!one) throw new Error('no record');
    one.record = { added: '2026-01-01', modified: '2026-03-01' };
    one.corrections = [{ date: '2026-02-01', description: 'Fixed the as-of date of one figure.' }];
    const days = changelog(new Dataset([one]), 'fr');
    expect(days.map((d) => [d.date, d.added.length, d.modified.length, d.corrections.length])).toEqual([
      ['2026-03-01', 0, 1, 0],
      ['2026-02-01', 0, 0, 1],
      ['2026-01-01', 1, 0, 0],
    ]);
    expect(days[1]?.corrections[0]?.description).toBe('Fixed the as-of date of one figure.');
    expect(days[0]?.modified[0]?.title).toBe(one.title.fr ?? one.title.en);
  });
});

describe('changes by version', () => {
  const v = (version: string, current = false): DataVersion => ({ version, date: version.slice(0, 10), files: [], records: undefined, current });
  const d = (date: string): ChangelogDay => ({ date, added: [], modified: [], corrections: [] });

  it('gives each day to the oldest version dated on or after it, newest version first', () => {
    const days = [d('2026-12-02'), d('2026-11-30'), d('2026-11-25'), d('2026-11-01')];
    const out = changesByVersion(days, [v('2026-12-02.bbbbbbbb', true), v('2026-11-25.aaaaaaaa')]);
    expect(out.map((c) => [c.version.version, c.days.map((x) => x.date)])).toEqual([
      ['2026-12-02.bbbbbbbb', ['2026-12-02', '2026-11-30']],
      // Changes older than the oldest version still online are listed under it.
      ['2026-11-25.aaaaaaaa', ['2026-11-25', '2026-11-01']],
    ]);
  });

  it('gives a day shared by two versions to the first by name, and keeps a version with no change', () => {
    const out = changesByVersion([d('2026-12-02')], [v('2026-12-02.ffffffff', true), v('2026-12-02.00000000')]);
    expect(out.map((c) => [c.version.version, c.days.length])).toEqual([
      ['2026-12-02.ffffffff', 0],
      ['2026-12-02.00000000', 1],
    ]);
  });

  it('has nothing to list without a version', () => {
    expect(changesByVersion([d('2026-12-02')], [])).toEqual([]);
  });
});

describe('changelog pages', () => {
  const version: DataVersion = { version: '2026-12-02.aaaaaaaa', date: '2026-12-02', files: [], records: undefined, current: true };
  const entry = (id: string, description?: string) => ({ id, title: `Title of ${id}`, lang: 'en' as const, ...(description ? { description } : {}) });
  const days: ChangelogDay[] = [
    { date: '2026-12-02', added: [entry('a'), entry('b')], modified: [entry('c')], corrections: [{ ...entry('c'), description: 'x'.repeat(900) }] },
    { date: '2026-11-30', added: [entry('d')], modified: [], corrections: [] },
  ];
  const items = changeItems([{ version, days }]);

  it('reads the lines in order: days newest first, then added, updated, corrected', () => {
    expect(items.map((i) => `${i.date} ${i.kind} ${i.entry.id}`)).toEqual([
      '2026-12-02 added a',
      '2026-12-02 added b',
      '2026-12-02 modified c',
      '2026-12-02 corrections c',
      '2026-11-30 added d',
    ]);
  });

  it('cuts pages by weight, a heavy correction counting for its description, and loses no line', () => {
    const max = changeWeight(items[0] as ChangeItem) * 3;
    const pages = changePages(items, max);
    expect(pages.map((p) => p.map((i) => i.entry.id))).toEqual([['a', 'b', 'c'], ['c'], ['d']]);
    for (const p of pages) expect(p.length === 1 || p.reduce((w, i) => w + changeWeight(i), 0) <= max).toBe(true);
    expect(changePages([], max)).toEqual([[]]);
  });

  it('regroups a page into its version and days, the same as before the cut', () => {
    expect(regroup(items)).toEqual([{ version, days }]);
    const [, second] = changePages(items, changeWeight(items[0] as ChangeItem) * 3);
    expect(regroup(second ?? []).map((v) => v.days.map((d) => [d.date, d.corrections.length]))).toEqual([[['2026-12-02', 1]]]);
  });
});
