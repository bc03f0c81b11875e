/** Issue 17: the data page's Dataset JSON-LD, incident pages' citation_* tags, and citations naming the frozen version. */
import { contentDir, loadDataset, repoRoot } from '@atlas/data';
import { LOCALES } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { frozenDataUrl } from '../../src/model/cite.ts';
import { citationMeta, dataFiles, datasetJsonLd } from '../../src/model/dataset-meta.ts';
import { SITE_ORIGIN } from '../../src/model/locale.ts';
import { SiteModel } from '../../src/model/site.ts';

const { dataset } = loadDataset({ dir: contentDir(), cwd: repoRoot });
const model = new SiteModel(dataset, { today: '2026-12-02' });
const { version } = dataset.info;

describe('schema.org Dataset JSON-LD', () => {
  const ld = JSON.parse(datasetJsonLd(dataset, 'en', 'Patient Privacy Atlas', 'About the data.'));

  it('has name, description, licence, version, creator and coverage', () => {
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Dataset', name: 'Patient Privacy Atlas', description: 'About the data.', version });
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.creator.name).toBeTruthy();
    const years = dataset.incidents.map((i) => Number(i.dates.made_public.slice(0, 4)));
    expect(ld.temporalCoverage).toBe(`${Math.min(...years)}/${Math.max(...years)}`);
    expect(ld.spatialCoverage.map((c: { name: string }) => c.name)).toEqual([...new Set(dataset.incidents.flatMap((i) => i.countries))].sort());
  });

  it('lists every download of the frozen version with its encoding format', () => {
    expect(ld.distribution.map((d: { name: string }) => d.name)).toEqual(dataFiles());
    for (const d of ld.distribution) {
      expect(d.contentUrl).toBe(`${SITE_ORIGIN}/data/v/${version}/${d.name}`);
      expect(d.encodingFormat).toMatch(/^(application\/json|text\/csv|application\/vnd\.sqlite3)$/);
    }
  });

  it('cannot close its script element: no "<" in the text', () => {
    const tricky = datasetJsonLd(dataset, 'en', '</script><b>', 'x');
    expect(tricky).not.toContain('<');
    expect(JSON.parse(tricky).name).toBe('</script><b>');
  });

  it('is on the data page of every language', () => {
    for (const l of LOCALES) expect(JSON.parse(model.dataPage(l).jsonLd).url).toBe(`${SITE_ORIGIN}${l === 'en' ? '' : `/${l}`}/data/`);
  });
});

describe('citation_* meta tags and the frozen version in citations', () => {
  const incident = dataset.incidents.find((i) => i.status === 'active') ?? dataset.incidents[0];

  it('gives reference managers the title, author, dates and the public URL', () => {
    if (!incident) throw new Error('no incident');
    const tags = Object.fromEntries(citationMeta(incident, 'fr', version).map((m) => [m.name, m.content]));
    expect(tags.citation_title).toBe(incident.title.fr ?? incident.title.en);
    expect(tags.citation_author).toBeTruthy();
    expect(tags.citation_publication_date).toBe(incident.record.added.replaceAll('-', '/'));
    expect(tags.citation_public_url).toBe(`${SITE_ORIGIN}/fr/incidents/${incident.id}/`);
  });

  it('names the frozen version and its URL in the incident, figure and dataset citations', () => {
    expect(frozenDataUrl(version)).toBe(`${SITE_ORIGIN}/data/v/${version}/`);
    expect(model.dataPage('it').citation).toContain(frozenDataUrl(version));
  });
});
