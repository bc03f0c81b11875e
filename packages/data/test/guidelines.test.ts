// Holds docs/data-guidelines.md ("How we check a figure") to the data: relays never win over
// the source they relay, nothing rests on a source we could not read, and the figures the seed
// articles printed stay in the record as printed, next to the figure that corrects them.
import type { Incident } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset.ts';
import { RULES } from '../src/rules/index.ts';
import type { CheckedRecord, Rule, RuleContext } from '../src/rules/types.ts';
import { validate } from '../src/validate.ts';
import { CONTENT, TODAY } from './helpers.ts';

const { records } = validate({ dir: CONTENT, today: TODAY });
const { dataset } = loadDataset({ dir: CONTENT, today: TODAY });
const GB = 'greenbone-pacs-2019';
const NM = 'nextmotion-2020';
const greenbone = records.find((r) => r.incident.id === GB) as CheckedRecord;

function run(id: string, incident: Incident): string[] {
  const record: CheckedRecord = { file: `content/incidents/${incident.id}.yaml`, incident, locate: () => ({ line: 1, col: 1 }) };
  const ctx: RuleContext = { all: [record], byId: new Map([[incident.id, [record]]]), today: TODAY };
  return (RULES.find((r) => r.id === id) as Rule).check(record, ctx).map((f) => `${f.path.join('.')}: ${f.message}`);
}

function changed(change: (i: Incident) => void): Incident {
  const incident = structuredClone(greenbone.incident);
  change(incident);
  return incident;
}

const figure = (i: Incident, id: string) => {
  const f = i.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const source = (i: Incident, id: string) => {
  const s = i.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};

describe('a relay is never preferred over the source it relays', () => {
  it('holds for every group of the published records', () => {
    for (const r of records) expect(run('relay-not-preferred', r.incident), r.incident.id).toEqual([]);
    // And the dataset shows first, in every group, a figure that no other figure of the group relays.
    for (const g of dataset.groups()) {
      const incident = dataset.incident(g.incidentId) as Incident;
      const cites = new Map(incident.sources.map((s) => [s.id, s.cites]));
      const upstream = new Set<string>();
      for (let s = cites.get(g.preferred.source.id); s !== undefined && !upstream.has(s); s = cites.get(s)) upstream.add(s);
      const closer = g.figures.filter((f) => upstream.has(f.source.id));
      expect(closer.map((f) => f.key), `${g.incidentId} ${g.metric} ${g.scope} ${g.asOf}`).toEqual([]);
    }
  });

  it('refuses a relay marked preferred over a figure of the source it cites', () => {
    const incident = changed((i) => {
      source(i, 'itnews').cites = 'connectingmedia';
      figure(i, 'servers-world-connectingmedia').preferred = undefined;
      figure(i, 'servers-world-itnews').preferred = true;
    });
    const findings = run('relay-not-preferred', incident);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/servers-world-itnews" is marked preferred, but its source "itnews" relays "connectingmedia"/);
    expect(findings[0]).toMatch(/servers-world-connectingmedia/);
  });

  it('refuses a copy of a copy: a relay of a relay preferred over the original', () => {
    const incident = changed((i) => {
      // Graham Cluley relays iTnews, which relays Greenbone's release; iTnews has no figure of its own here.
      source(i, 'grahamcluley').cites = 'itnews';
      source(i, 'itnews').cites = 'connectingmedia';
      i.figures = i.figures.filter((f) => f.id !== 'images-world-itnews');
      figure(i, 'images-world-connectingmedia').preferred = undefined;
      figure(i, 'images-world-grahamcluley').preferred = true;
    });
    expect(run('relay-not-preferred', incident)).toEqual([
      expect.stringMatching(/^figures\.\d+\.preferred: "images-world-grahamcluley" is marked preferred, but its source "grahamcluley" relays "connectingmedia"/),
    ]);
  });

  it('also judges the figure shown first when none is marked', () => {
    const incident = changed((i) => {
      source(i, 'itnews').cites = 'connectingmedia';
      for (const f of i.figures) if (f.metric === 'servers' && f.scope === 'world') f.preferred = undefined;
      // Put the relay first in file order, so it is what the site would show.
      const relay = i.figures.findIndex((f) => f.id === 'servers-world-itnews');
      i.figures.unshift(...i.figures.splice(relay, 1));
    });
    expect(run('relay-not-preferred', incident)).toEqual([expect.stringMatching(/^figures\.0\.source: "servers-world-itnews" is shown first/)]);
  });

  it('accepts a relay preferred when the source it cites has no figure in the group', () => {
    // The 60-day review is cited by the press release; the release's figure may be preferred.
    expect(source(greenbone.incident, 'presseportal').cites).toBe('greenbone-review-60-days');
    expect(figure(greenbone.incident, 'records-world-presseportal').preferred).toBe(true);
    expect(run('relay-not-preferred', greenbone.incident)).toEqual([]);
  });
});

describe('no figure rests on a source we could not read', () => {
  it('holds for the published records', () => {
    for (const r of records) {
      const unread = new Set(r.incident.sources.filter((s) => s.read === false).map((s) => s.id));
      expect(r.incident.figures.filter((f) => unread.has(f.source)).map((f) => f.id), r.incident.id).toEqual([]);
    }
  });

  it('keeps the sources we could not read, marked, and cites them through a relay we did read', () => {
    const unread = greenbone.incident.sources.filter((s) => s.read === false).map((s) => s.id);
    expect(unread.sort()).toEqual(['01net', 'greenbone-review-60-days']);
    for (const id of unread) {
      const relays = greenbone.incident.sources.filter((s) => s.cites === id && s.read !== false);
      expect(relays.length, id).toBeGreaterThan(0);
    }
  });

  it('fails a figure whose only source is read: false', () => {
    const incident = changed((i) => {
      figure(i, 'images-fr-journaldugeek').source = '01net';
    });
    expect(run('source-references', incident)).toEqual([
      expect.stringMatching(/^figures\.\d+\.source: source "01net" is marked read: false; cite a source we have read/),
    ]);
  });
});

// What the two seed articles printed (shared/seeds: Journal du Geek on Greenbone, Affaritaliani on
// NextMotion). Each stays in the data exactly as printed; where it is wrong or loose, a figure from
// another source in the same group (same metric, scope and date) says what the count was.
const SEEDS = [
  { key: `${GB}/images-world-journaldugeek`, value: 389_000_000, qualifier: 'more-than', printed: 'plus de 389 millions', corrected: true },
  { key: `${GB}/records-world-journaldugeek`, value: 24_000_000, qualifier: 'nearly', printed: 'près de 24 millions', corrected: true },
  { key: `${GB}/servers-world-journaldugeek`, value: 500, qualifier: 'more-than', printed: 'plus de 500', corrected: true },
  { key: `${GB}/images-fr-journaldugeek`, value: 2_600_000, qualifier: 'more-than', printed: 'plus de 2,6 millions', corrected: true },
  { key: `${NM}/images-world-affaritaliani`, value: 100_000, qualifier: 'more-than', printed: 'oltre 100.000', corrected: true },
  // Printed correctly; kept as printed, beside a checked source where we could read one.
  { key: `${GB}/servers-us-journaldugeek`, value: 187, qualifier: 'exact', printed: '187', corrected: true },
  { key: `${GB}/servers-fr-journaldugeek`, value: 7, qualifier: 'exact', printed: '7 serveurs', corrected: true },
  { key: `${GB}/servers-in-journaldugeek`, value: 96, qualifier: 'exact', printed: '96', corrected: false },
  { key: `${GB}/servers-tr-journaldugeek`, value: 36, qualifier: 'exact', printed: '36', corrected: false },
] as const;

describe('the seed articles\' figures stay as reported, beside what corrects them', () => {
  for (const seed of SEEDS) {
    it(`keeps ${seed.key} (${seed.printed})`, () => {
      const record = dataset.figure(seed.key);
      expect(record, seed.key).toBeDefined();
      const f = record?.figure;
      expect([f?.value, f?.qualifier]).toEqual([seed.value, seed.qualifier]);
      expect(f?.evidence).toContain(seed.printed);

      const group = dataset.groups(record?.incidentId).find((g) => g.figures.includes(record as never));
      if (seed.corrected) {
        // The figure shown first comes from another source, one we read.
        expect(f?.preferred).not.toBe(true);
        expect(group?.preferred.source.id).not.toBe(record?.source.id);
        expect(group?.preferred.source.read).not.toBe(false);
      }
      // A seed figure that differs from the preferred one says why in its note.
      const shown = group?.preferred.figure;
      if (shown && (shown.value !== f?.value || shown.qualifier !== f?.qualifier)) expect(f?.note, seed.key).toBeTruthy();
    });
  }

  it('keeps the two seeds that no other stored source confirms as the only figure of their group, and says so', () => {
    for (const seed of SEEDS.filter((s) => !s.corrected)) {
      const record = dataset.figure(seed.key);
      const group = dataset.groups(record?.incidentId).find((g) => g.figures.includes(record as never));
      expect(group?.figures.map((x) => x.key)).toEqual([seed.key]);
    }
  });
});
