/**
 * The site model without building the site: plain functions of the dataset
 * and a locale. The dataset is the real records plus copies of them made
 * merged, withdrawn and untranslated, so every kind of page has a case.
 */
import { contentDir, Dataset, loadDataset, repoRoot } from '@atlas/data';
import { type Incident, LOCALES } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { changelog, type DataVersion } from '../../src/model/changelog.ts';
import { incidentChartIds } from '../../src/model/charts.ts';
import { localePath, SITE_ORIGIN } from '../../src/model/locale.ts';
import { CHARTS_INLINE, CHARTS_PER_PAGE, FIGURES_INLINE, FIGURES_PER_PAGE } from '../../src/model/paging.ts';
import { SiteModel } from '../../src/model/site.ts';
import { SITEMAP_SIZE, sitemapFiles } from '../../src/model/sitemap.ts';

const real = loadDataset({ dir: contentDir(), cwd: repoRoot }).dataset.incidents;
const [first, second] = real as [Incident, Incident];
const copy = (from: Incident, id: string, change: Partial<Incident>): Incident => ({ ...structuredClone(from), id, ...change });
const merged = copy(first, 'merged-copy-2019', { status: 'merged', merged_into: second.id });
const withdrawn = copy(second, 'withdrawn-copy-2020', { status: 'withdrawn', withdrawn_reason: 'Out of scope.' });
const untranslated = copy(first, 'untranslated-copy-2019', { title: { en: 'Only in English' }, summary: { en: 'An English summary.' } });
const dataset = new Dataset([...real, merged, withdrawn, untranslated]);
const model = new SiteModel(dataset, { today: '2026-12-02' });

describe('ids', () => {
  it('name the merged and the withdrawn records', () => {
    expect(model.mergedIds()).toEqual([merged.id]);
    expect(model.withdrawnIds()).toEqual([withdrawn.id]);
  });
});

describe('the incident page', () => {
  it('of a merged record redirects to its target, in the page language', () => {
    for (const locale of LOCALES) {
      const view = model.incident(locale, merged.id);
      expect(view.kind).toBe('merged');
      if (view.kind !== 'merged') continue;
      expect(view.target.href).toBe(localePath(locale, `/incidents/${second.id}/`));
    }
  });

  it('of a withdrawn record says so, with the reason', () => {
    const view = model.incident('fr', withdrawn.id);
    expect(view.kind === 'page' && view.withdrawn).toEqual({ reason: 'Out of scope.' });
  });

  it('shows every figure of the record, each with its anchor, source and citation', () => {
    for (const locale of LOCALES) {
      const view = model.incident(locale, first.id);
      if (view.kind !== 'page') throw new Error('expected a page');
      expect(view.figures.map((f) => f.anchor).sort()).toEqual(first.figures.map((f) => `fig-${f.id}`).sort());
      for (const f of view.figures) {
        expect(f.source.href).toMatch(/^https:\/\//);
        expect(f.citation).toContain(`${SITE_ORIGIN}${localePath(locale, `/incidents/${first.id}/`)}#${f.anchor}`);
        expect(f.citation).toContain('2026-12-02');
        // issue 17: a figure's citation names the frozen version it was read from.
        expect(f.citation).toContain(`${model.version} (${SITE_ORIGIN}/data/v/${model.version}/)`);
      }
      expect(view.sources.length).toBe(first.sources.length);
    }
  });

  it('of an incident with too many figures and charts keeps every anchor in a short table and links to their own pages', () => {
    const big = real.find((i) => i.figures.length > FIGURES_INLINE);
    if (!big) throw new Error(`no incident with more than ${FIGURES_INLINE} figures to test with`);
    const chartIds = incidentChartIds(model.views, big.id);
    expect(chartIds.length).toBeGreaterThan(CHARTS_INLINE);
    for (const locale of LOCALES) {
      const view = model.incident(locale, big.id);
      if (view.kind !== 'page') throw new Error('expected a page');
      const page = localePath(locale, `/incidents/${big.id}/`);
      const anchors = big.figures.map((f) => `fig-${f.id}`).sort();
      expect(view.figures).toEqual([]);
      expect(view.figuresShort?.rows.map((r) => r.anchor).sort()).toEqual(anchors);
      // Every full row, once, on the figures pages, each short row linking to its page; permalinks name the incident page.
      const pages = Array.from({ length: Math.ceil(big.figures.length / FIGURES_PER_PAGE) }, (_, i) => model.incidentPart(locale, big.id, 'figures', i + 1));
      const full = pages.flatMap((p, i) => p.figures.map((f) => ({ f, path: localePath(locale, `/incidents/${big.id}/figures/${i === 0 ? '' : `page/${i + 1}/`}`) })));
      expect(full.map(({ f }) => f.anchor).sort()).toEqual(anchors);
      for (const { f, path } of full) {
        expect(f.permalink).toBe(`${page}#${f.anchor}`);
        expect(view.figuresShort?.rows.find((r) => r.anchor === f.anchor)?.href).toBe(`${path}#${f.anchor}`);
        if (f.claim.restates) expect(f.claim.restates.href.startsWith(`${page}#fig-`)).toBe(true);
      }
      // No chart on the page; a link to each on the charts pages, where each is shown once.
      expect(view.disagreements).toEqual([]);
      expect(view.byCountry).toEqual([]);
      expect(view.chartLinks?.map((l) => l.href.split('#chart-')[1]).sort()).toEqual([...chartIds].sort());
      const charts = Array.from({ length: Math.ceil(chartIds.length / CHARTS_PER_PAGE) }, (_, i) => model.incidentPart(locale, big.id, 'charts', i + 1));
      const shown = charts.flatMap((p) => [...p.disagreements.map((d) => d.chart.id), ...p.byCountry.map((c) => c.id)]);
      expect(shown.sort()).toEqual([...chartIds].sort());
      for (const p of charts) for (const d of p.disagreements) expect(d.preferredHref.startsWith(`${page}#fig-`)).toBe(true);
    }
    const routes = [...model.routes.incidentPart('first'), ...model.routes.incidentPart('further')].map((r) => r.path);
    expect(routes).toContain(`/fr/incidents/${big.id}/figures/page/2/`);
    expect(routes).toContain(`/incidents/${big.id}/charts/`);
    expect(model.sitemap([], [])).toEqual(expect.arrayContaining(routes));
    // An incident that fits keeps its full table and its charts, and has no pages of its own.
    const small = real.find((i) => i.figures.length <= FIGURES_INLINE && incidentChartIds(model.views, i.id).length > 0);
    const view = small && model.incident('en', small.id);
    expect(view?.kind === 'page' && view.figuresShort).toBe(undefined);
    expect(view?.kind === 'page' && view.chartLinks).toBe(undefined);
    expect(routes.some((r) => r.includes(`/${small?.id}/`))).toBe(false);
  });

  it('gives the English original with its language when a translation is missing', () => {
    const fr = model.incident('fr', untranslated.id);
    if (fr.kind !== 'page') throw new Error('expected a page');
    expect(fr.title).toEqual({ text: 'Only in English', lang: 'en', untranslated: true });
    const en = model.incident('en', untranslated.id);
    expect(en.kind === 'page' && en.title).toEqual({ text: 'Only in English', lang: undefined, untranslated: false });
  });
});

describe('counted nouns', () => {
  it('take the singular and plural of each language through Intl.PluralRules', () => {
    expect(t('en').incidents.count(1)).toBe('1 record');
    expect(t('en').incidents.count(2)).toBe('2 records');
    expect(t('en').data.rows(1002)).toBe('1,002 rows');
    // French counts 0 and 1 as singular.
    expect(t('fr').incidents.count(0)).toBe('0\u00a0fiche');
    expect(t('fr').incidents.count(1)).toBe('1\u00a0fiche');
    expect(t('fr').incidents.count(2)).toBe('2\u00a0fiches');
    expect(t('it').incidents.count(1)).toBe('1 scheda');
    expect(t('it').incidents.count(0)).toBe('0 schede');
    expect(t('it').data.rows(1)).toBe('1 riga');
  });

  it('say how many records the index lists', () => {
    expect(model.incidentIndex('en', 1).count).toBe(`${dataset.incidents.length - 1} records`);
  });
});

describe('routes', () => {
  it('give every record a page in every language, and merged records no sitemap entry', () => {
    const routes = model.routes.incident();
    expect(routes.length).toBe(dataset.incidents.length * LOCALES.length);
    for (const r of routes) expect(r.sitemap).toBe(!r.path.includes(merged.id));
    expect(routes.filter((r) => r.params.locale === undefined).every((r) => r.props.locale === 'en')).toBe(true);
  });

  it('give one embed page per chart and language, none in the sitemap', () => {
    const embeds = model.routes.embed();
    expect(embeds.length).toBe(LOCALES.reduce((n, l) => n + model.charts.ids(l).length, 0));
    expect(embeds.every((r) => !r.sitemap)).toBe(true);
  });

  it('split paged lists into a first page and further pages', () => {
    expect(model.routes.incidentIndex('first').map((r) => r.path)).toEqual(['/incidents/', '/fr/incidents/', '/it/incidents/']);
    expect(model.routes.incidentIndex('further')).toEqual([]);
  });
});

describe('dataset versions and the changelog (issue 17)', () => {
  const older: DataVersion = { version: '2026-11-25.0123abcd', date: '2026-11-25', files: ['datapackage.json', 'incidents.json'], records: 2, current: false };

  it('lists the current version and the frozen older ones, newest first, with their pages', () => {
    const rows = model.versionsPage('fr', [older]).rows;
    expect(rows.map((r) => [r.version, r.current, r.href])).toEqual([
      [model.version, true, `/fr/data/v/${model.version}/`],
      [older.version, false, `/fr/data/v/${older.version}/`],
    ]);
    expect(rows[1]?.records).toBe(t('fr').data.records(2));
    // A frozen folder of the current version (the deploy downloads every release) is listed once.
    expect(model.versions([older, { ...model.currentVersion(), current: false }]).map((v) => v.version)).toEqual([model.version, older.version]);
  });

  it('gives each version page its own files and a citation of that version', () => {
    const page = model.versionPage('it', [older], older.version);
    expect(page.files.map((f) => f.href)).toEqual([`/data/v/${older.version}/datapackage.json`, `/data/v/${older.version}/incidents.json`]);
    expect(page.citation).toContain(`${older.version} (${SITE_ORIGIN}/data/v/${older.version}/)`);
    expect(page.citation).not.toContain(model.version);
    const current = model.versionPage('en', [older], model.version);
    expect(current.files.map((f) => f.file)).toEqual(model.currentVersion().files);
    expect(current.files.map((f) => f.file)).toContain('atlas.sqlite');
    expect(() => model.versionPage('en', [], older.version)).toThrow(/no dataset version/);
  });

  it('counts each day of a version in words and links its changes in the changelog', () => {
    const page = model.versionPage('fr', [older], model.version);
    const last = page.days[0];
    const day = changelog(dataset, 'fr').find((d) => d.date === last?.iso);
    expect(last?.counts).toBe(t('fr').data.changeCounts(day?.added.length ?? -1, day?.modified.length ?? -1, day?.corrections.length ?? -1));
    expect(page.changes.href).toBe(`/fr/data/changelog/#v-${model.version.replace('.', '-')}`);
    expect(t('en').data.changeCounts(1, 0, 2)).toBe('1 record added, 2 corrections');
  });

  it('cuts a long changelog into pages that together name every change once, and points each version at its page', () => {
    const many = new Dataset(
      Array.from({ length: 400 }, (_, i) => copy(first, `copy-${String(i).padStart(3, '0')}-2019`, { record: { added: '2026-11-20', modified: '2026-11-20' }, corrections: [] })),
    );
    const big = new SiteModel(many, { today: '2026-12-02' });
    const routes = [...big.routes.changelog([older], 'first'), ...big.routes.changelog([older], 'further')].filter((r) => r.props.locale === 'en');
    expect(routes.length).toBeGreaterThan(1);
    expect(routes.map((r) => r.path)).toEqual(routes.map((_, i) => (i === 0 ? '/data/changelog/' : `/data/changelog/page/${i + 1}/`)));
    const added = routes.flatMap((r) => r.props.view().versions.flatMap((v) => v.days.flatMap((d) => d.added.map((e) => e.href))));
    expect(added.sort()).toEqual(many.incidents.map((i) => `/incidents/${i.id}/`).sort());
    // The current version (2026-11-20) starts on the first page; the older one (2026-11-25 is newer, so it holds nothing here).
    expect(big.versionPage('en', [older], big.version).changes.href).toBe(`/data/changelog/#v-${big.version.replace('.', '-')}`);
    expect(routes[1]?.props.view().pager.pages.find((p) => p.current)?.href).toBe('/data/changelog/page/2/');
    // The older version holds no change here: its page links the changelog's start, not an anchor that is not there.
    expect(big.versionPage('en', [older], older.version).changes.href).toBe('/data/changelog/');
  });

  it('names every record added exactly once across the versions, and links corrections to the log', () => {
    const view = model.changelogPage('en', [older], 1);
    const added = view.versions.flatMap((v) => v.days.flatMap((d) => d.added.map((e) => e.href)));
    expect(added.sort()).toEqual(dataset.incidents.map((i) => `/incidents/${i.id}/`).sort());
    const corrections = view.versions.flatMap((v) => v.days.flatMap((d) => d.corrections));
    expect(corrections.length).toBe(dataset.incidents.reduce((n, i) => n + (i.corrections?.length ?? 0), 0));
    for (const c of corrections) expect(c.href).toMatch(/#corrections$/);
    // The French page marks the English corrections log as English and puts a no-break space before the colon.
    const fr = model.changelogPage('fr', [older], 1).versions.flatMap((v) => v.days);
    expect(fr.find((d) => d.corrections.length > 0)?.corrections[0]?.description.lang).toBe('en');
    expect(fr[0]?.colon).toBe('\u00a0: ');
  });

  it('shows the current version again at /data/latest/, out of the sitemap', () => {
    const latest = model.routes.latest([older]);
    expect(latest.map((r) => [r.path, r.sitemap])).toEqual(LOCALES.map((l) => [localePath(l, '/data/latest/'), false]));
    expect(latest[0]?.props.view().row.version).toBe(model.version);
  });

  it('lists the versions, the changelog and every version page in the sitemap, in every language', () => {
    const paths = model.sitemap([], [older]);
    for (const locale of LOCALES) {
      for (const p of ['/data/versions/', '/data/changelog/', `/data/v/${model.version}/`, `/data/v/${older.version}/`]) expect(paths).toContain(localePath(locale, p));
    }
  });
});

describe('the sitemap', () => {
  const paths = model.sitemap(['/explainers/x/'], []);
  it('lists every listed page once, with the content pages given, and no embed or redirect', () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/explainers/x/');
    expect(paths).toContain('/fr/incidents/');
    expect(paths).toContain(`/it/incidents/${withdrawn.id}/`);
    expect(paths.some((p) => p.includes(merged.id))).toBe(false);
    expect(paths.some((p) => p.includes('/embed/'))).toBe(false);
  });

  it('is written as an index of files of at most SITEMAP_SIZE URLs on the site origin', () => {
    const many = Array.from({ length: SITEMAP_SIZE + 1 }, (_, i) => `/p${i}/`);
    const { files } = sitemapFiles(many);
    expect(Object.keys(files).sort()).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files['sitemap-index.xml']).toContain(`<loc>${SITE_ORIGIN}/sitemap-1.xml</loc>`);
    expect(files['sitemap-1.xml']).toContain(`<loc>${SITE_ORIGIN}/p${SITEMAP_SIZE}/</loc>`);
  });
});

describe('chart downloads and search records', () => {
  it('give a download for every chart id, SVG without a style attribute', () => {
    for (const locale of LOCALES) {
      const downloads = [...model.charts.downloads(locale)];
      expect(downloads.map((d) => d.id)).toEqual(model.charts.ids(locale));
      for (const d of downloads) {
        expect(d.svg).toMatch(/^<svg\b/);
        expect(d.svg).not.toMatch(/^<svg\b[^>]*\sstyle=/);
        expect(d.csv.split('\n').length).toBeGreaterThan(1);
      }
    }
  });

  it('show the world map as its drawing alone (an image without words), its key, notes and source as text, the SVG title and description as alt, and the data table', () => {
    for (const locale of LOCALES) {
      const map = model.countryIndex(locale).map;
      const file = [...model.charts.downloads(locale)].find((d) => d.id === 'countries-map');
      expect(map.svg).toBeUndefined();
      expect(map.image?.src).toBe(`/charts/${locale}/countries-map.picture.svg`);
      expect(file?.picture).toMatch(/^<svg\b[^>]*viewBox=/);
      expect(file?.picture).not.toMatch(/<text\b/);
      const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(file?.svg ?? '')?.[1] ?? '';
      expect(title.length).toBeGreaterThan(0);
      expect(map.image?.alt.startsWith(title.replace(/&amp;/g, '&'))).toBe(true);
      expect(map.image?.width).toBeGreaterThan(0);
      // The key is the download's legend, word for word; the source line is the download's too.
      const words = [...(file?.svg ?? '').matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(map.key?.items.length).toBeGreaterThan(1);
      for (const k of map.key?.items ?? []) expect(words).toContain(k.text.replace(/&/g, '&amp;'));
      expect(map.key?.items.at(-1)?.swatch).toContain('<pattern');
      expect(words.join(' ')).toContain(map.key?.source);
      expect(map.table.rows.length).toBeGreaterThan(0);
      // The other site-wide charts stay inline.
      expect(model.chart(locale, 'incident-scale').svg).toMatch(/^<svg\b/);
    }
  });

  it('give a search record for every listed record', () => {
    for (const locale of LOCALES) expect(model.searchRecords(locale).length).toBe(dataset.incidents.length - 1);
  });
});

describe('the data page', () => {
  it('counts the rows of each download from the dataset', () => {
    const view = model.dataPage('en');
    const figures = view.downloads.find((d) => d.file === 'figures.csv');
    const rows = (model.downloads()['figures.csv']?.() ?? '').trimEnd().split('\n').length - 1;
    expect(figures?.count).toBe(t('en').data.rows(rows));
  });
});
