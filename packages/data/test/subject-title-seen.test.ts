/**
 * The owner's two schema additions:
 * - a figure's `subject` separates two things counted in one record (two fines on one day, the
 *   patients of two laboratories), which would otherwise be shown as a disagreement between
 *   sources. figureGroupKey is the one definition of a group: the Dataset, figure-sanity (one
 *   preferred figure per group) and relay-not-preferred all use it.
 * - a source's `title_seen: false` marks a title rebuilt from the address because the stored copy
 *   showed no headline; it is exported in sources.csv.
 */
import type { Incident } from '@atlas/schema';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadDataset } from '../src/dataset.ts';
import { formatDiagnostic } from '../src/diagnostics.ts';
import { artifacts, FIGURE_COLUMNS, SOURCE_COLUMNS } from '../src/export.ts';
import { figureGroupKey } from '../src/figure-group.ts';
import { RULES } from '../src/rules/index.ts';
import type { CheckedRecord, Rule, RuleContext } from '../src/rules/types.ts';
import { validate } from '../src/validate.ts';
import { edit, seedFolder, seedText, TODAY, write } from './helpers.ts';

const NM = 'nextmotion-2020';
type Fig = Incident['figures'][number];

/** Two fines and two patient counts with the same metric, scope and date, told apart by `subject`. The values are made up for the tests. */
const SUBJECT_FIGURES = `  - id: fine-fr-doctor-a
    metric: fine
    value: 3000
    qualifier: exact
    currency: EUR
    claim: regulator-finding
    scope: FR
    subject:
      en: the first doctor fined
      fr: le premier médecin sanctionné
      it: il primo medico sanzionato
    as_of: "2020-12"
    role: context
    source: cnet
    evidence: a fine of 3,000 euros
    preferred: true
  - id: fine-fr-doctor-b
    metric: fine
    value: 6000
    qualifier: exact
    currency: EUR
    claim: regulator-finding
    scope: FR
    subject:
      en: the second doctor fined
    as_of: "2020-12"
    role: context
    source: cnet
    evidence: a fine of 6,000 euros
    preferred: true
  - id: patients-fr-lab-a
    metric: patients
    value: 12000
    qualifier: about
    scope: FR
    subject:
      en: the first laboratory's patients
    as_of: "2020-02"
    role: exposure
    source: cnet
    evidence: about 12,000 patients
  - id: patients-fr-lab-b
    metric: patients
    value: 7000
    qualifier: more-than
    scope: FR
    subject:
      en: the second laboratory's patients
    as_of: "2020-02"
    role: exposure
    source: cnet
    evidence: more than 7,000 patients
`;

const withSubjects = (text = SUBJECT_FIGURES) => edit(seedText('nextmotion-2020.yaml'), '\nsources:\n', `\n${text}sources:\n`);
/** The same figures, with the second of each pair given the first one's subject. */
const sameSubjects = SUBJECT_FIGURES.replace('en: the second doctor fined', 'en: the first doctor fined').replace(
  "en: the second laboratory's patients",
  "en: the first laboratory's patients",
);
/** The CNET source's title marked as rebuilt from the address. */
const titleNotSeen = (text: string) =>
  edit(text, 'title: Plastic surgery images and invoices leak from unsecured database\n', 'title: Plastic surgery images and invoices leak from unsecured database\n    title_seen: false\n');

function load(text: string) {
  const dir = seedFolder();
  write(dir, `${NM}.yaml`, text);
  return loadDataset({ dir, today: TODAY });
}

describe('figureGroupKey', () => {
  const base = { metric: 'fine', scope: 'FR', as_of: '2020-12', currency: 'EUR' } as const;
  it('tells apart two subjects, and keeps one subject (or none) together', () => {
    expect(figureGroupKey({ ...base, subject: { en: 'a' } })).not.toBe(figureGroupKey({ ...base, subject: { en: 'b' } }));
    expect(figureGroupKey({ ...base, subject: { en: 'a' } })).toBe(figureGroupKey({ ...base, subject: { en: 'a', fr: 'un' } }));
    expect(figureGroupKey(base)).not.toBe(figureGroupKey({ ...base, subject: { en: 'a' } }));
    expect(figureGroupKey(base)).not.toBe(figureGroupKey({ ...base, currency: 'USD' }));
  });
});

describe('subject in the Dataset', () => {
  it('makes two groups, and no disagreement, of two counts with the same metric, scope and date', () => {
    const { dataset, diagnostics } = load(withSubjects());
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    const patients = dataset.groups(NM).filter((g) => g.metric === 'patients' && g.scope === 'FR' && g.asOf === '2020-02');
    expect(patients.map((g) => g.subject?.en)).toEqual(["the first laboratory's patients", "the second laboratory's patients"]);
    expect(patients.map((g) => g.figures.map((f) => f.figure.id))).toEqual([['patients-fr-lab-a'], ['patients-fr-lab-b']]);
    expect(dataset.disagreements(NM).filter((d) => d.metric === 'patients' && d.scope === 'FR')).toEqual([]);
  });

  it('makes two groups of two fines on one day, each with its own preferred amount', () => {
    const { dataset } = load(withSubjects());
    const fines = dataset.groups(NM).filter((g) => g.metric === 'fine' && g.asOf === '2020-12');
    expect(fines).toHaveLength(2);
    expect(fines.map((g) => [g.subject?.en, g.preferred.figure.value])).toEqual([
      ['the first doctor fined', 3000],
      ['the second doctor fined', 6000],
    ]);
    expect(fines[0]?.subject).toEqual({ en: 'the first doctor fined', fr: 'le premier médecin sanctionné', it: 'il primo medico sanzionato' });
  });

  it('keeps figures with the same subject in one group, where different values are a disagreement', () => {
    // One group has one preferred figure: the second fine is no longer marked.
    const onePreferred = sameSubjects.slice(0, sameSubjects.lastIndexOf('    preferred: true\n')) + sameSubjects.slice(sameSubjects.lastIndexOf('    preferred: true\n') + '    preferred: true\n'.length);
    const { dataset, diagnostics } = load(withSubjects(onePreferred));
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    const patients = dataset.groups(NM).filter((g) => g.metric === 'patients' && g.scope === 'FR' && g.asOf === '2020-02');
    expect(patients).toHaveLength(1);
    expect(patients[0]?.figures.map((f) => f.figure.id)).toEqual(['patients-fr-lab-a', 'patients-fr-lab-b']);
    expect(dataset.disagreements(NM).filter((d) => d.metric === 'patients' && d.scope === 'FR')).toHaveLength(1);
    expect(dataset.groups(NM).filter((g) => g.metric === 'fine' && g.asOf === '2020-12')).toHaveLength(1);
  });
});

describe('subject in the validator', () => {
  it('accepts one preferred figure per subject', () => {
    const dir = seedFolder();
    write(dir, `${NM}.yaml`, withSubjects());
    expect(validate({ dir, today: TODAY }).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('refuses two preferred figures with the same subject, on the second one, and says how to tell them apart', () => {
    const dir = seedFolder();
    const text = withSubjects(sameSubjects);
    write(dir, `${NM}.yaml`, text);
    const problems = validate({ dir, today: TODAY }).diagnostics.map(formatDiagnostic);
    expect(problems).toHaveLength(1);
    const second = text.split('\n').findIndex((l) => l.includes('id: fine-fr-doctor-b'));
    expect(second).toBeGreaterThan(0);
    const preferredLine = text.split('\n').findIndex((l, n) => n >= second && l.includes('preferred: true')) + 1;
    expect(problems[0]).toMatch(new RegExp(`nextmotion-2020\\.yaml:${preferredLine}:\\d+\\s+figures\\[\\d+\\]\\.preferred\\s.*already preferred for fine, FR, as of 2020-12 \\(the first doctor fined\\).*different \`subject\``));
  });
});

describe('relay-not-preferred uses the same groups', () => {
  const nextmotion = validate({ dir: seedFolder(), today: TODAY }).records.find((r) => r.incident.id === NM) as CheckedRecord;
  const rule = RULES.find((r) => r.id === 'relay-not-preferred') as Rule;
  const run = (record: CheckedRecord) => {
    const ctx: RuleContext = { all: [record], byId: new Map([[NM, [record]]]), today: TODAY };
    return rule.check(record, ctx).map((f) => `${f.path.join('.')}: ${f.message}`);
  };
  /** SC Magazine made to relay CNET, and its figure preferred over CNET's, with the given subjects. */
  const relayed = (relaySubject: string, ownSubject: string): CheckedRecord => {
    const incident = structuredClone(nextmotion.incident);
    (incident.sources.find((s) => s.id === 'scmagazine') as Incident['sources'][number]).cites = 'cnet';
    const figure = (id: string, source: string, subject: string, preferred: boolean): Fig =>
      ({ id, metric: 'patients', value: 12000, qualifier: 'about', scope: 'FR', subject: { en: subject }, as_of: '2020-02', role: 'exposure', source, evidence: 'about 12,000 patients', ...(preferred ? { preferred } : {}) }) as Fig;
    incident.figures.push(figure('patients-fr-scmagazine', 'scmagazine', relaySubject, true), figure('patients-fr-cnet', 'cnet', ownSubject, false));
    return { file: nextmotion.file, incident, locate: () => ({ line: 1, col: 1 }) };
  };

  it('refuses a preferred relay beside its source\'s figure of the same subject', () => {
    expect(run(relayed('the first laboratory\'s patients', 'the first laboratory\'s patients')).join('\n')).toMatch(
      /"patients-fr-scmagazine" is marked preferred, but its source "scmagazine" relays "cnet", whose own figure "patients-fr-cnet"/,
    );
  });

  it('accepts it when the two figures count different subjects', () => {
    expect(run(relayed('the first laboratory\'s patients', 'the second laboratory\'s patients'))).toEqual([]);
  });
});

describe('exports', () => {
  const files = artifacts(load(titleNotSeen(withSubjects())).dataset);

  it('writes subject (in English) in figures.csv, empty when there is none', () => {
    const [header, ...rows] = parseCsv(files['figures.csv'] as string);
    expect(header).toEqual([...FIGURE_COLUMNS]);
    const col = (name: (typeof FIGURE_COLUMNS)[number]) => FIGURE_COLUMNS.indexOf(name);
    const subjectOf = (id: string) => rows.find((r) => r[col('incident_id')] === NM && r[col('figure_id')] === id)?.[col('subject')];
    expect(subjectOf('fine-fr-doctor-a')).toBe('the first doctor fined');
    expect(subjectOf('patients-fr-lab-b')).toBe("the second laboratory's patients");
    expect(subjectOf('files-world-cnet')).toBe('');
  });

  it('keeps every language of subject in incidents.json', () => {
    const json = JSON.parse(files['incidents.json'] as string) as { incidents: { id: string; figures: { id: string; subject?: unknown }[] }[] };
    const nm = json.incidents.find((i) => i.id === NM);
    expect(nm?.figures.find((f) => f.id === 'fine-fr-doctor-a')?.subject).toEqual({ en: 'the first doctor fined', fr: 'le premier médecin sanctionné', it: 'il primo medico sanzionato' });
  });

  it('writes title_seen in sources.csv: false where the title was rebuilt, true by default', () => {
    const [header, ...rows] = parseCsv(files['sources.csv'] as string);
    expect(header).toEqual([...SOURCE_COLUMNS]);
    const col = (name: (typeof SOURCE_COLUMNS)[number]) => SOURCE_COLUMNS.indexOf(name);
    const seen = (id: string) => rows.find((r) => r[col('incident_id')] === NM && r[col('source_id')] === id)?.[col('title_seen')];
    expect(seen('cnet')).toBe('false');
    expect(seen('scmagazine')).toBe('true');
  });
});
