// One block per rule in src/rules/, in the style of mdn/browser-compat-data's linter tests:
// each states what the rule protects and shows one record it accepts and one it refuses.
import type { Incident } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.ts';
import type { CheckedRecord, Rule, RuleContext } from '../src/rules/types.ts';
import { validate } from '../src/validate.ts';
import { CONTENT, seedFolder, TODAY, write } from './helpers.ts';
import { figureIndex, schema2Text } from './schema2-fixture.ts';

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

// Schema 2 rules, on the NextMotion record with every schema 2 addition written in.
const rich = (() => {
  const dir = seedFolder();
  write(dir, 'nextmotion-2020.yaml', schema2Text());
  const r = validate({ dir, today: TODAY }).records.find((x) => x.incident.id === 'nextmotion-2020');
  if (!r) throw new Error('the schema 2 fixture does not validate');
  return r;
})();
type Fig = Incident['figures'][number];
const fig = (i: Incident, id: string) => i.figures.find((f) => f.id === id) as Fig;

describe('schema 2 rules accept the record that uses every addition', () => {
  it.each(['figure-units', 'not-disclosed', 'revisions', 'outcome-references', 'links'])('%s', (id) => {
    expect(run(id, rich, [greenbone])).toEqual([]);
  });
});

describe('figure-units', () => {
  it('wants a currency on money and only on money', () => {
    expect(run('figure-units', variant(rich, (i) => delete fig(i, 'fine-fr-cnil').currency))).toEqual([
      `figures.${figureIndex('fine-fr-cnil')}.currency: metric fine is an amount of money: add \`currency\` with its ISO 4217 code, such as EUR or USD`,
    ]);
    expect(run('figure-units', variant(rich, (i) => (fig(i, 'files-world-cnet').currency = 'EUR'))).join('\n')).toMatch(/currency is only for money metrics; files is a count/);
  });
  it('wants unit_as_reported on a data volume and only there, and the value in bytes', () => {
    expect(run('figure-units', variant(rich, (i) => delete fig(i, 'volume-world-cnet').unit_as_reported)).join('\n')).toMatch(/add `unit_as_reported`/);
    expect(run('figure-units', variant(rich, (i) => (fig(i, 'fine-fr-cnil').unit_as_reported = 'GB'))).join('\n')).toMatch(/fine is an amount of money/);
    expect(run('figure-units', variant(rich, (i) => (fig(i, 'volume-world-cnet').value = 1.5))).join('\n')).toMatch(/whole number of bytes/);
    expect(run('figure-units', variant(rich, (i) => (fig(i, 'volume-world-cnet').value = 900))).join('\n')).toMatch(/900 GB is 900000000000/);
  });
});

describe('not-disclosed', () => {
  it('refuses a qualifier or a placeholder without a number, and a number without a qualifier', () => {
    expect(run('not-disclosed', variant(rich, (i) => (fig(i, 'patients-world-scmagazine').qualifier = 'exact'))).join('\n')).toMatch(/has no qualifier/);
    expect(run('not-disclosed', variant(rich, (i) => (fig(i, 'patients-world-scmagazine').placeholder = true))).join('\n')).toMatch(/placeholder is a number/);
    expect(run('not-disclosed', variant(rich, (i) => delete fig(i, 'fine-fr-cnil').qualifier)).join('\n')).toMatch(/missing required field "qualifier"/);
  });
});

describe('revisions', () => {
  it('wants an existing earlier figure of the same metric, scope and currency', () => {
    const with_ = (change: (f: Fig) => void) => run('revisions', variant(rich, (i) => change(fig(i, 'people-fr-cnet')))).join('\n');
    expect(with_((f) => (f.revises = 'nope'))).toMatch(/figure "nope" is not in figures/);
    expect(with_((f) => (f.revises = 'people-fr-cnet'))).toMatch(/cannot revise itself/);
    expect(with_((f) => (f.revises = 'files-world-cnet'))).toMatch(/keeps the metric/);
    expect(with_((f) => (f.as_of = '2020-02'))).toMatch(/must be later/);
    expect(with_((f) => (f.scope = 'world'))).toMatch(/keeps the scope/);
  });
});

describe('outcome-references', () => {
  const outcome = (change: (o: NonNullable<Incident['outcomes']>[number]) => void) =>
    run('outcome-references', variant(rich, (i) => change((i.outcomes ?? [])[0] as NonNullable<Incident['outcomes']>[number]))).join('\n');
  it('wants the amount to be a money figure with a number', () => {
    expect(outcome((o) => (o.amount = 'volume-world-cnet'))).toMatch(/is a data volume \(data-volume\); an amount must be a money figure/);
    expect(outcome((o) => (o.amount = 'missing'))).toMatch(/figure "missing" is not in figures/);
  });
  it('wants a source of the file that we have read', () => {
    expect(outcome((o) => (o.source = 'nowhere'))).toMatch(/source "nowhere" is not in sources/);
    expect(outcome((o) => (o.source = 'vpnmentor-report'))).toMatch(/read: false/);
  });
});

describe('links', () => {
  it('refuses a link to a missing record, to itself, or twice', () => {
    const link = (change: (i: Incident) => void) => run('links', variant(rich, change), [greenbone]).join('\n');
    expect(link((i) => ((i.links ?? [])[0] as { target: string }).target = 'greenbone-pacs-2018')).toMatch(/no incident has the id "greenbone-pacs-2018"; did you mean "greenbone-pacs-2019"/);
    expect(link((i) => ((i.links ?? [])[0] as { target: string }).target = 'nextmotion-2020')).toMatch(/cannot link to itself/);
    expect(link((i) => i.links?.push({ type: 'found-by', target: 'greenbone-pacs-2019' }))).toMatch(/already links\[0\]/);
  });
  it('sees records of the whole folder: without the target in the dataset, the link is refused', () => {
    expect(run('links', rich, []).join('\n')).toMatch(/no incident has the id "greenbone-pacs-2019"/);
  });
});
