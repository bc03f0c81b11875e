/**
 * Browsing without JavaScript: pages by sector, exposure vector and year, and
 * the home page's overview, from the site model on the real records.
 */
import { contentDir, loadDataset, repoRoot } from '@atlas/data';
import { bounds, type Incident, LOCALES, SECTORS, VECTORS } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { FACETS, facetKey, groupBy, newestFirst, yearOf } from '../../src/model/browse.ts';
import { localePath } from '../../src/model/locale.ts';
import { PAGE_SIZE } from '../../src/model/paging.ts';
import { SiteModel } from '../../src/model/site.ts';

const { dataset } = loadDataset({ dir: contentDir(), cwd: repoRoot });
const model = new SiteModel(dataset, { today: '2026-12-02' });
const listed = dataset.incidents.filter((i) => i.status !== 'merged');

const made = (i: Incident) => bounds(i.dates.made_public)[0];
const isNewestFirst = (list: readonly Incident[]) => list.every((i, n) => n === 0 || made(list[n - 1] as Incident) >= made(i));

describe('grouping', () => {
  it('puts every incident in exactly one group of each facet, under its own key, newest first', () => {
    for (const facet of FACETS) {
      const groups = groupBy(facet, listed);
      const all = [...groups.values()].flat();
      expect(all.map((i) => i.id).sort()).toEqual(listed.map((i) => i.id).sort());
      for (const [key, list] of groups) {
        for (const i of list) expect(facetKey(facet, i)).toBe(key);
        expect(isNewestFirst(list)).toBe(true);
      }
    }
  });

  it('has a key for every sector and vector of the vocabulary, and the years that have incidents, newest first', () => {
    expect([...groupBy('sectors', listed).keys()]).toEqual(SECTORS.map((s) => s.id));
    expect([...groupBy('vectors', listed).keys()]).toEqual(VECTORS.map((v) => v.id));
    const years = [...groupBy('years', listed).keys()];
    expect(years).toEqual([...new Set(listed.map(yearOf))].sort().reverse());
    for (const list of groupBy('years', listed).values()) expect(list.length).toBeGreaterThan(0);
  });

  it('sorts newest first by the day made public, then by id', () => {
    const a = { id: 'b', dates: { made_public: '2020' } } as Incident;
    const b = { id: 'a', dates: { made_public: '2020-01-01' } } as Incident;
    const c = { id: 'c', dates: { made_public: '2021-03' } } as Incident;
    expect(newestFirst([a, b, c]).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('facet pages', () => {
  it('list every listed record on its sector, vector and year page in each language, counting incidents', () => {
    for (const locale of LOCALES) {
      for (const facet of FACETS) {
        const index = model.facetIndex(locale, facet);
        expect(index.rows.reduce((n, r) => n + r.count, 0)).toBe(listed.length);
        for (const row of index.rows) {
          const view = model.facet(locale, facet, row.key, 1);
          const expected = listed.filter((i) => facetKey(facet, i) === row.key);
          expect(row.count).toBe(expected.length);
          expect(row.href).toBe(localePath(locale, `/${facet}/${row.key}/`));
          expect(view.incidents?.rows.map((r) => r.href) ?? []).toEqual(
            newestFirst(expected)
              .slice(0, PAGE_SIZE)
              .map((i) => localePath(locale, `/incidents/${i.id}/`)),
          );
        }
      }
    }
  });

  it('label sectors and vectors in the page language, and have one route per key and locale', () => {
    const sector = listed[0]?.sector as string;
    expect(model.facet('fr', 'sectors', sector, 1).title).toBe(SECTORS.find((s) => s.id === sector)?.label.fr);
    expect(model.facet('it', 'sectors', sector, 1).description).toContain(SECTORS.find((s) => s.id === sector)?.label.it);
    for (const facet of FACETS) {
      const routes = model.routes.facet(facet, 'first');
      expect(routes.length).toBe(LOCALES.length * groupBy(facet, listed).size);
      expect(model.routes.facet(facet, 'further')).toEqual([]);
    }
  });

  it('are in the sitemap, each once', () => {
    const paths = model.sitemap([], []);
    expect(new Set(paths).size).toBe(paths.length);
    for (const locale of LOCALES) {
      for (const facet of FACETS) {
        expect(paths).toContain(localePath(locale, `/${facet}/`));
        for (const key of groupBy(facet, listed).keys()) expect(paths).toContain(localePath(locale, `/${facet}/${key}/`));
      }
    }
  });
});

describe('country pages', () => {
  it('list their incidents newest first', () => {
    for (const code of model.views.byCountry().keys()) {
      const view = model.country('en', code, 1);
      const hrefs = view.incidents?.rows.map((r) => r.href) ?? [];
      expect(hrefs).toEqual(newestFirst(model.views.listedInCountry(code)).slice(0, 100).map((i) => `/incidents/${i.id}/`));
    }
  });
});

describe('the home page', () => {
  it('counts incidents per sector, vector and year over the whole set', () => {
    for (const locale of LOCALES) {
      const { browse } = model.home(locale);
      for (const facet of FACETS) {
        expect(browse[facet].reduce((n, r) => n + r.count, 0)).toBe(listed.length);
        for (const r of browse[facet]) expect(r.count).toBe(listed.filter((i) => facetKey(facet, i) === r.key).length);
      }
    }
  });

  it('puts the French cases first on /fr/ and the Italian ones on /it/, and none on the English page', () => {
    expect(model.home('en').browse.national).toBeUndefined();
    for (const [locale, code] of [
      ['fr', 'FR'],
      ['it', 'IT'],
    ] as const) {
      const national = model.home(locale).browse.national;
      const expected = newestFirst(listed.filter((i) => i.countries.includes(code))).slice(0, 5);
      expect(expected.length).toBeGreaterThan(0);
      expect(national?.table.rows.map((r) => r.href)).toEqual(expected.map((i) => localePath(locale, `/incidents/${i.id}/`)));
      expect(national?.href).toBe(localePath(locale, `/countries/${code.toLowerCase()}/`));
    }
  });
});
