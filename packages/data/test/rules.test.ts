// One block per rule in src/rules/, in the style of mdn/browser-compat-data's linter tests:
// each states what the rule protects and shows one record it accepts and one it refuses.
import type { Incident } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.ts';
import type { CheckedRecord, Rule, RuleContext } from '../src/rules/types.ts';
import { validate } from '../src/validate.ts';
import { CONTENT, TODAY } from './helpers.ts';

const seeds = validate({ dir: CONTENT, today: TODAY }).records;
const nextmotion = seeds.find((r) => r.incident.id === 'nextmotion-2020') as CheckedRecord;
const greenbone = seeds.find((r) => r.incident.id === 'greenbone-pacs-2019') as CheckedRecord;

const rule = (id: string) => RULES.find((r) => r.id === id) as Rule;

/** A copy of a seed record, changed by `change`, as the rules receive it. */
function variant(base: CheckedRecord, change: (i: Incident) => void, file = base.file): CheckedRecord {
  const incident = structuredClone(base.incident);
  change(incident);
  return { file, incident, locate: () => ({ line: 1, col: 1 }) };
}

function run(id: string, record: CheckedRecord, others: CheckedRecord[] = []): string[] {
  const all = [record, ...others];
  const byId = new Map<string, CheckedRecord[]>();
  for (const r of all) byId.set(r.incident.id, [...(byId.get(r.incident.id) ?? []), r]);
  const ctx: RuleContext = { all, byId, today: TODAY };
  return rule(id).check(record, ctx).map((f) => `${f.path.join('.')}: ${f.message}`);
}

describe('every rule', () => {
  it('has an id, a description, and accepts both seed records', () => {
    for (const r of RULES) {
      expect(r.description.length).toBeGreaterThan(20);
      expect(run(r.id, nextmotion, [greenbone]), r.id).toEqual([]);
      expect(run(r.id, greenbone, [nextmotion]), r.id).toEqual([]);
    }
  });
});

describe('id-matches-file', () => {
  it('refuses an id that differs from the file name', () => {
    expect(run('id-matches-file', variant(nextmotion, () => {}, 'content/incidents/next-motion.yaml'))).toEqual([
      'id: id "nextmotion-2020" must equal the file name "next-motion"',
    ]);
  });
});

describe('unique-ids', () => {
  it('names the other file that uses the same id', () => {
    const twin = variant(nextmotion, () => {}, 'content/incidents/twin.yaml');
    expect(run('unique-ids', nextmotion, [twin])[0]).toMatch(/also used by content\/incidents\/twin\.yaml/);
  });
});

describe('unique-local-ids', () => {
  it('refuses two figures with one id', () => {
    const r = variant(nextmotion, (i) => {
      i.figures.push({ ...(i.figures[0] as Incident['figures'][number]) });
    });
    expect(run('unique-local-ids', r).join('\n')).toMatch(/figure id "files-world-securitymagazine" is already used by figures\[0\]/);
  });
});

describe('source-references', () => {
  it('refuses a figure citing a source we could not read', () => {
    const r = variant(nextmotion, (i) => {
      (i.figures[0] as Incident['figures'][number]).source = 'vpnmentor-report';
    });
    expect(run('source-references', r).join('\n')).toMatch(/read: false/);
  });
  it('refuses a source that cites itself', () => {
    const r = variant(greenbone, (i) => {
      const s = i.sources[1] as Incident['sources'][number];
      s.cites = s.id;
    });
    expect(run('source-references', r).join('\n')).toMatch(/cannot cite itself/);
  });
});

describe('dates', () => {
  it('refuses a future date and dates out of order', () => {
    const r = variant(nextmotion, (i) => {
      i.dates.made_public = '2099';
      i.dates.secured = '2019-01-01';
    });
    const found = run('dates', r).join('\n');
    expect(found).toMatch(/"2099" is in the future/);
    expect(found).toMatch(/secured \(2019-01-01\) is before discovered/);
  });
  it('accepts partial dates that may overlap, such as 2020 and 2020-01-24', () => {
    expect(run('dates', variant(nextmotion, (i) => (i.dates.occurred = '2020')))).toEqual([]);
  });
});

describe('country-within-world', () => {
  it("refuses a country figure above the same source's world figure for that metric and date", () => {
    const r = variant(greenbone, (i) => {
      const us = i.figures.find((f) => f.id === 'servers-us-journaldugeek') as Incident['figures'][number];
      us.value = 10_000;
    });
    expect(run('country-within-world', r).join('\n')).toMatch(/US figure 10000 exceeds the same source's world figure/);
  });
  it('compares only figures of the same source: another source may report a bigger world figure', () => {
    const r = variant(greenbone, (i) => {
      const us = i.figures.find((f) => f.id === 'servers-us-journaldugeek') as Incident['figures'][number];
      us.source = 'auntminnie';
      us.value = 500;
    });
    expect(run('country-within-world', r)).toEqual([]);
  });
});

describe('figure-sanity', () => {
  const edit = (change: (f: Incident['figures'][number], i: Incident) => void) =>
    run('figure-sanity', variant(nextmotion, (i) => change(i.figures[0] as Incident['figures'][number], i))).join('\n');

  it('bounds the evidence phrase to a short quotation', () => {
    expect(edit((f) => (f.evidence = `${'word '.repeat(30)}900,000`))).toMatch(/evidence has 31 words/);
  });
  it('wants the number in the evidence phrase', () => {
    expect(edit((f) => (f.evidence = 'almost all of the files'))).toMatch(/must contain the number/);
  });
  it('wants a power of ten with multiples-of', () => {
    expect(edit((f) => (f.qualifier = 'multiples-of'))).toMatch(/power of ten/);
  });
  it("wants a country scope among the incident's countries", () => {
    expect(edit((f) => (f.scope = 'IT'))).toMatch(/scope IT is not in the incident's countries/);
  });
  it('allows at most one preferred figure per metric, scope and date', () => {
    expect(
      run(
        'figure-sanity',
        variant(nextmotion, (i) => {
          (i.figures[1] as Incident['figures'][number]).preferred = true;
        }),
      ).join('\n'),
    ).toMatch(/already preferred/);
  });
});

describe('status', () => {
  it('needs a target for a merged record and a reason for a withdrawn one', () => {
    expect(run('status', variant(nextmotion, (i) => (i.status = 'merged'))).join('\n')).toMatch(/needs merged_into/);
    expect(run('status', variant(nextmotion, (i) => (i.status = 'withdrawn'))).join('\n')).toMatch(/needs withdrawn_reason/);
  });
  it('refuses a merge into an id that does not exist', () => {
    const r = variant(nextmotion, (i) => {
      i.status = 'merged';
      i.merged_into = 'nowhere-2020';
    });
    expect(run('status', r, [greenbone]).join('\n')).toMatch(/no incident has the id "nowhere-2020"/);
  });
});

describe('language-tags', () => {
  it('refuses a tag that is well formed but not a language', () => {
    const r = variant(nextmotion, (i) => {
      (i.sources[0] as Incident['sources'][number]).language = 'en-x';
    });
    expect(run('language-tags', r).join('\n')).toMatch(/not a valid BCP 47 language tag/);
  });
});
