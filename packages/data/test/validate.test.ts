import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics.ts';
import { validate } from '../src/validate.ts';
import { CONTENT, contentYaml, edit, lineOf, seedFolder, seedText, TODAY, write } from './helpers.ts';
import { figureIndex, schema2Text, sourceIndex } from './schema2-fixture.ts';

describe('the published records', () => {
  it('all pass every check, and every file gives one record', () => {
    const result = validate({ dir: CONTENT, today: TODAY });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    // The ids are read straight from the YAML files, so no record can be dropped unseen.
    const ids = contentYaml().map((y) => y.record.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['greenbone-pacs-2019', 'nextmotion-2020']));
    expect(result.records.map((r) => r.incident.id).sort()).toEqual(ids);
  });
});

const NM = 'nextmotion-2020.yaml';
const nm = seedText(NM);

/** Each case edits the NextMotion record and expects one problem on a known line. */
const cases: { name: string; text: string; field: string; message: RegExp; line: number }[] = [
  {
    name: 'a YAML syntax error',
    text: edit(nm, 'sector: aesthetic-medicine', 'sector: [aesthetic-medicine'),
    field: '(yaml)',
    message: /YAML syntax error/,
    // The parser notices the unclosed list where the next key begins.
    line: lineOf(nm, 'sector:') + 1,
  },
  {
    name: 'a duplicate key',
    text: edit(nm, 'kind: incident\n', 'kind: incident\nkind: study\n'),
    field: '(yaml)',
    message: /duplicate key/,
    line: lineOf(nm, 'kind: incident') + 1,
  },
  {
    name: 'a typo in a field name',
    text: edit(nm, 'vector: misconfigured', 'vectr: misconfigured'),
    field: 'vectr',
    message: /unknown field "vectr".*did you mean "vector"/,
    line: lineOf(nm, 'vector:'),
  },
  {
    name: 'a missing required field',
    text: edit(nm, /sector: aesthetic-medicine\n/, ''),
    field: 'sector',
    message: /missing required field "sector"/,
    // A missing field is pointed at the mapping that should hold it: here the document itself.
    line: lineOf(nm, 'id: nextmotion-2020'),
  },
  {
    name: 'a wrong type: the qualifier written inside the value',
    text: edit(nm, 'value: 900000\n    qualifier: nearly', 'value: "nearly 900000"\n    qualifier: nearly'),
    field: 'figures[0].value',
    message: /must be a number, not text.*`value: 900000` and `qualifier: nearly`/,
    line: lineOf(nm, 'value: 900000'),
  },
  {
    name: 'an invalid country code',
    text: edit(nm, 'countries: [FR]', 'countries: [fr]'),
    field: 'countries[0]',
    message: /ISO 3166-1 alpha-2.*FR/,
    line: lineOf(nm, 'countries: [FR]'),
  },
  {
    name: 'a date in a foreign format',
    text: edit(nm, 'discovered: "2020-01-24"', 'discovered: "24/01/2020"'),
    field: 'dates.discovered',
    message: /2020-01-24/,
    line: lineOf(nm, 'discovered: "2020-01-24"'),
  },
  {
    name: 'an impossible date',
    text: edit(nm, 'secured: "2020-02-05"', 'secured: "2020-02-30"'),
    field: 'dates.secured',
    message: /not a real calendar date/,
    line: lineOf(nm, 'secured:'),
  },
  {
    name: 'a date in the future',
    text: edit(nm, 'made_public: "2020-02"', 'made_public: "2031-02"'),
    field: 'dates.made_public',
    message: /future/,
    line: lineOf(nm, 'made_public:'),
  },
  {
    name: 'dates out of order',
    text: edit(nm, 'secured: "2020-02-05"', 'secured: "2019-12-05"'),
    field: 'dates.secured',
    message: /before|after/,
    line: lineOf(nm, 'secured:'),
  },
  {
    name: 'a dangling source reference',
    text: edit(nm, 'source: cnet', 'source: cnet-news'),
    field: 'figures[1].source',
    message: /source "cnet-news" is not in sources \(known: .*cnet/,
    line: lineOf(nm, 'source: cnet'),
  },
  {
    name: 'an http URL',
    text: edit(nm, /url: https:\/\//, 'url: http://'),
    field: 'sources[0].url',
    message: /https/,
    line: lineOf(nm, 'url: https://'),
  },
  {
    name: 'an id that does not match the file name',
    text: edit(nm, 'id: nextmotion-2020', 'id: nextmotion-2021'),
    field: 'id',
    message: /file name/,
    line: lineOf(nm, 'id: nextmotion-2020'),
  },
];

describe('bad input is reported with its line and field', () => {
  it.each(cases)('$name', ({ text, field, message, line }) => {
    const dir = seedFolder();
    write(dir, NM, text);
    const { diagnostics, records } = validate({ dir, files: [join(dir, NM)], today: TODAY });
    const hit = diagnostics.find((d) => d.field === field && message.test(d.message));
    expect(hit, `expected ${field} ${message} in:\n${diagnostics.map(formatDiagnostic).join('\n')}`).toBeDefined();
    expect(hit?.line).toBe(line);
    expect(hit?.col).toBeGreaterThanOrEqual(1);
    // The broken file is not published; the other record is kept.
    expect(records.map((r) => r.incident.id)).not.toContain('nextmotion-2020');
    expect(records.map((r) => r.incident.id)).toContain('greenbone-pacs-2019');
  });

  it('reports every problem of a file in one run', () => {
    const dir = seedFolder();
    let text = edit(nm, 'countries: [FR]', 'countries: [fr]');
    text = edit(text, 'vector: misconfigured', 'vectr: misconfigured');
    text = edit(text, 'source: cnet', 'source: cnet-news');
    text = edit(text, /url: https:\/\//, 'url: http://');
    write(dir, NM, text);
    const { diagnostics } = validate({ dir, files: [join(dir, NM)], today: TODAY });
    const fields = diagnostics.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['countries[0]', 'vectr', 'sources[0].url']));
  });

  it('checks cross-file rules against the whole folder when one file is named', () => {
    const dir = seedFolder();
    // Same id as the seed record in another file: only a folder-wide rule can see it.
    write(dir, 'nextmotion-2020-bis.yaml', nm);
    const { diagnostics } = validate({ dir, files: [join(dir, 'nextmotion-2020-bis.yaml')], today: TODAY });
    expect(diagnostics.some((d) => d.field === 'id' && /also used by|duplicate|already/.test(d.message))).toBe(true);
    // Only the named file is reported on.
    expect(new Set(diagnostics.map((d) => d.file)).size).toBe(1);
  });
});

describe('a folder that does not exist', () => {
  it('is an error, not an empty dataset', () => {
    const { diagnostics, records } = validate({ dir: join(CONTENT, 'no-such-folder'), today: TODAY });
    expect(records).toEqual([]);
    expect(diagnostics.map((d) => `${d.field} ${d.message}`)).toEqual(['(folder) incident folder not found']);
  });
});

describe('files that are not incident YAML', () => {
  const one = (name: string, bytes: string | Uint8Array) => {
    const dir = seedFolder();
    const path = write(dir, name, bytes);
    return validate({ dir, files: [path], today: TODAY }).diagnostics;
  };

  it('refuses an empty file', () => {
    expect(one('empty.yaml', '')[0]?.message).toMatch(/empty/);
  });
  it('refuses a binary file', () => {
    expect(one('binary.yaml', new Uint8Array([1, 0, 2, 3]))[0]?.message).toMatch(/binary/);
  });
  it('refuses a file over 1 MB', () => {
    expect(one('big.yaml', `id: big\nsummary: "${'x'.repeat(1024 * 1024)}"\n`)[0]?.message).toMatch(/limit.*1 MB/);
  });
  it('refuses invalid UTF-8', () => {
    expect(one('latin1.yaml', new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]))[0]?.message).toMatch(/UTF-8/);
  });
  it('bounds YAML aliases (a "billion laughs" document)', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const d = one('bomb.yaml', `${lines.join('\n')}\n`);
    expect(d[0]?.message).toMatch(/aliases/);
  });
  it('never throws on garbage', () => {
    for (const text of ['- 1\n- 2\n', '42\n', 'null\n', '"just a string"\n', '{}\n', '[[[[\n', 'id:\n  - [x]\n']) {
      expect(() => one('garbage.yaml', text)).not.toThrow();
      expect(one('garbage.yaml', text).length).toBeGreaterThan(0);
    }
  });
});

describe('a record using every schema 2 addition', () => {
  it('passes every check', () => {
    const dir = seedFolder();
    write(dir, NM, schema2Text());
    const result = validate({ dir, today: TODAY });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.records.map((r) => r.incident.id).sort()).toEqual(['greenbone-pacs-2019', 'nextmotion-2020']);
  });
});

const s2 = schema2Text();
/** The line of `needle` within the block that starts at `anchor`, so a repeated key is found in the right figure. */
const lineAfter = (text: string, anchor: string, needle: string) => {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`not in fixture: ${anchor}`);
  return lineOf(text.slice(at), needle) + lineOf(text, anchor) - 1;
};
const editAfter = (text: string, anchor: string, from: string, to: string) => {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`not in fixture: ${anchor}`);
  return text.slice(0, at) + edit(text.slice(at), from, to);
};
const FINE = 'id: fine-fr-cnil';
const VOLUME = 'id: volume-world-cnet';
const UNDISCLOSED = 'id: patients-world-scmagazine';
const REVISION = 'id: people-fr-cnet\n';
const OUTCOME = 'id: cnil-fine-2022';

/** Each case edits the schema 2 record and expects one problem, with its message, on a known line. */
const schema2Cases: { name: string; text: string; field: string; message: RegExp; line: number }[] = [
  {
    name: 'a version 1 record (no schema_version)',
    text: edit(s2, 'schema_version: 2\n', ''),
    field: 'schema_version',
    message: /schema version 1\. Version 2 adds .*claim.*placeholder.*revises.*not-disclosed.*currency.*unit_as_reported.*outcomes.*links.*To update, add `schema_version: 2` on the line after `id`; nothing else is required/,
    line: lineOf(s2, 'id: nextmotion-2020'),
  },
  {
    name: 'an unknown schema version',
    text: edit(s2, 'schema_version: 2', 'schema_version: 3'),
    field: 'schema_version',
    message: /schema_version 3 is not supported: write `schema_version: 2`/,
    line: lineOf(s2, 'schema_version: 2'),
  },
  {
    name: 'a title of 2,000 characters',
    text: edit(s2, /title:\n {2}en: .*\n/, `title:\n  en: ${'x'.repeat(2000)}\n`),
    field: 'title.en',
    message: /too long: at most 200 characters/,
    line: lineOf(s2, 'title:') + 1,
  },
  {
    name: 'a figure note over 1,000 characters',
    text: edit(s2, /note: The whole bucket.*\n/, `note: ${'x'.repeat(1001)}\n`),
    field: 'figures[0].note',
    message: /too long: at most 1000 characters/,
    line: lineOf(s2, 'note: The whole bucket'),
  },
  {
    name: 'an unregistered language tag',
    text: edit(s2, 'language: it', 'language: xx-invalid-language'),
    field: 'sources[4].language',
    message: /"xx-invalid-language" is not a registered language tag: its first part "xx" is not an ISO 639 language code/,
    line: lineOf(s2, 'language: it'),
  },
  {
    name: 'a three-letter code where BCP 47 has a two-letter one',
    text: edit(s2, 'language: it', 'language: ita'),
    field: 'sources[4].language',
    message: /BCP 47 uses the two-letter code: "it"/,
    line: lineOf(s2, 'language: it'),
  },
  {
    name: 'a currency in lower case',
    text: editAfter(s2, FINE, 'currency: EUR', 'currency: eur'),
    field: `figures[${figureIndex('fine-fr-cnil')}].currency`,
    message: /"eur" is not an ISO 4217 currency code.*write it in capitals: "EUR"/,
    line: lineAfter(s2, FINE, 'currency: EUR'),
  },
  {
    name: 'a currency sign',
    text: editAfter(s2, FINE, 'currency: EUR', 'currency: "€"'),
    field: `figures[${figureIndex('fine-fr-cnil')}].currency`,
    message: /"€" is not an ISO 4217 currency code.*write "EUR"/,
    line: lineAfter(s2, FINE, 'currency: EUR'),
  },
  {
    name: 'a misspelt field, with did-you-mean',
    text: editAfter(s2, FINE, 'currency: EUR', 'currancy: EUR'),
    field: `figures[${figureIndex('fine-fr-cnil')}].currancy`,
    message: /unknown field "currancy"; did you mean "currency"\?/,
    line: lineAfter(s2, FINE, 'currency: EUR'),
  },
  {
    name: 'a money figure without currency',
    text: editAfter(s2, FINE, '    currency: EUR\n', ''),
    field: `figures[${figureIndex('fine-fr-cnil')}].currency`,
    message: /metric fine is an amount of money: add `currency`/,
    line: lineAfter(s2, FINE, 'metric: fine') - 1,
  },
  {
    name: 'a currency on a count',
    text: edit(s2, 'value: 900000\n    qualifier: nearly\n', 'value: 900000\n    qualifier: nearly\n    currency: EUR\n'),
    field: 'figures[0].currency',
    message: /currency is only for money metrics; files is a count/,
    line: lineOf(s2, 'qualifier: nearly') + 1,
  },
  {
    name: 'a data volume without unit_as_reported',
    text: editAfter(s2, VOLUME, '    unit_as_reported: GB\n', ''),
    field: `figures[${figureIndex('volume-world-cnet')}].unit_as_reported`,
    message: /metric data-volume is a data volume: add `unit_as_reported`/,
    line: lineOf(s2, VOLUME),
  },
  {
    name: 'unit_as_reported on a count',
    text: edit(s2, 'value: 900000\n    qualifier: nearly\n', 'value: 900000\n    qualifier: nearly\n    unit_as_reported: GB\n'),
    field: 'figures[0].unit_as_reported',
    message: /unit_as_reported is only for the data-volume metric; files is a count/,
    line: lineOf(s2, 'qualifier: nearly') + 1,
  },
  {
    name: 'a misspelt byte unit, with did-you-mean',
    text: editAfter(s2, VOLUME, 'unit_as_reported: GB', 'unit_as_reported: GiBs'),
    field: `figures[${figureIndex('volume-world-cnet')}].unit_as_reported`,
    message: /"GiBs" is not allowed; use one of: B, KB.*\(did you mean "GiB"\?\)/,
    line: lineAfter(s2, VOLUME, 'unit_as_reported: GB'),
  },
  {
    name: 'a data volume written in gigabytes instead of bytes',
    text: editAfter(s2, VOLUME, 'value: 900000000000', 'value: 900'),
    field: `figures[${figureIndex('volume-world-cnet')}].value`,
    message: /the value is in bytes: 900 GB is 900000000000; write `value: 900000000000`/,
    line: lineAfter(s2, VOLUME, 'value: 900000000000'),
  },
  {
    name: 'a value in words that is not not-disclosed',
    text: editAfter(s2, UNDISCLOSED, 'value: not-disclosed', 'value: unknown'),
    field: `figures[${figureIndex('patients-world-scmagazine')}].value`,
    message: /must be a number, not text: got "unknown"; write the number in digits; or `value: not-disclosed` when the source says there is a number but gives none/,
    line: lineAfter(s2, UNDISCLOSED, 'value: not-disclosed'),
  },
  {
    name: 'not-disclosed with a qualifier',
    text: editAfter(s2, UNDISCLOSED, 'value: not-disclosed\n', 'value: not-disclosed\n    qualifier: exact\n'),
    field: `figures[${figureIndex('patients-world-scmagazine')}].qualifier`,
    message: /value: not-disclosed has no qualifier/,
    line: lineAfter(s2, UNDISCLOSED, 'value: not-disclosed') + 1,
  },
  {
    name: 'a number without a qualifier',
    text: editAfter(s2, FINE, '    qualifier: exact\n', ''),
    field: `figures[${figureIndex('fine-fr-cnil')}].qualifier`,
    message: /missing required field "qualifier"/,
    line: lineOf(s2, FINE),
  },
  {
    name: 'a placeholder without a number',
    text: editAfter(s2, UNDISCLOSED, 'value: not-disclosed\n', 'value: not-disclosed\n    placeholder: true\n'),
    field: `figures[${figureIndex('patients-world-scmagazine')}].placeholder`,
    message: /a placeholder is a number the publisher gave/,
    line: lineAfter(s2, UNDISCLOSED, 'value: not-disclosed') + 1,
  },
  {
    name: 'a placeholder written as text',
    text: edit(s2, 'placeholder: true', 'placeholder: "yes"'),
    field: `figures[${figureIndex('people-fr-cnet-placeholder')}].placeholder`,
    message: /expected boolean, got string "yes"/,
    line: lineOf(s2, 'placeholder: true'),
  },
  {
    name: 'a revision in another currency',
    text: editAfter(s2, REVISION, '    claim: organisation-statement\n', '    claim: organisation-statement\n    currency: EUR\n'),
    field: `figures[${figureIndex('people-fr-cnet')}].revises`,
    message: /a revision keeps the currency/,
    line: lineAfter(s2, REVISION, 'revises:'),
  },
  {
    name: 'an outcome citing a source we could not read',
    text: editAfter(s2, OUTCOME, 'source: cnet', 'source: vpnmentor-report'),
    field: 'outcomes[0].source',
    message: /source "vpnmentor-report" is marked read: false/,
    line: lineAfter(s2, OUTCOME, 'source: cnet'),
  },
  {
    name: 'an outcome summary over 2,000 characters',
    text: edit(s2, 'en: The authority fined the company for the leak.', `en: ${'x'.repeat(2001)}`),
    field: 'outcomes[0].summary.en',
    message: /too long: at most 2000 characters/,
    line: lineOf(s2, 'en: The authority fined the company for the leak.'),
  },
  {
    name: 'an account statement over 1,500 characters',
    text: edit(s2, /statement:\n {6}en: >-\n {8}Only a database of media files was reached\. Patients' personal data, such as names,\n {8}birth dates and notes, sat in a separate database that was not exposed\.\n/, `statement:\n      en: ${'x'.repeat(1501)}\n`),
    field: 'accounts[0].statement.en',
    message: /too long: at most 1500 characters/,
    line: lineOf(s2, 'statement:') + 1,
  },
  {
    name: 'a misspelt claim, with did-you-mean',
    text: editAfter(s2, VOLUME, 'claim: attacker-claim', 'claim: attacker-claims'),
    field: `figures[${figureIndex('volume-world-cnet')}].claim`,
    message: /"attacker-claims" is not allowed; use one of: measured, .*\(did you mean "attacker-claim"\?\)/,
    line: lineAfter(s2, VOLUME, 'claim: attacker-claim'),
  },
  {
    name: 'a revision of a figure that does not exist',
    text: edit(s2, 'revises: people-fr-cnet-placeholder', 'revises: people-fr-placeholder'),
    field: `figures[${figureIndex('people-fr-cnet')}].revises`,
    message: /figure "people-fr-placeholder" is not in figures/,
    line: lineOf(s2, 'revises: people-fr-cnet-placeholder'),
  },
  {
    name: 'a figure that revises itself',
    text: edit(s2, 'revises: people-fr-cnet-placeholder', 'revises: people-fr-cnet'),
    field: `figures[${figureIndex('people-fr-cnet')}].revises`,
    message: /a figure cannot revise itself/,
    line: lineOf(s2, 'revises: people-fr-cnet-placeholder'),
  },
  {
    name: 'a revision of another metric',
    text: edit(s2, 'revises: people-fr-cnet-placeholder', 'revises: fine-fr-cnil'),
    field: `figures[${figureIndex('people-fr-cnet')}].revises`,
    message: /whose metric is fine; a revision keeps the metric \(people\)/,
    line: lineOf(s2, 'revises: people-fr-cnet-placeholder'),
  },
  {
    name: 'a revision of another scope',
    text: edit(s2, 'revises: people-fr-cnet-placeholder', 'revises: patients-world-scmagazine'),
    field: `figures[${figureIndex('people-fr-cnet')}].revises`,
    message: /whose scope is world; a revision keeps the scope \(FR\)/,
    line: lineOf(s2, 'revises: people-fr-cnet-placeholder'),
  },
  {
    name: 'a revision that is not later',
    text: editAfter(s2, REVISION, 'as_of: "2020-06"', 'as_of: "2020"'),
    field: `figures[${figureIndex('people-fr-cnet')}].as_of`,
    message: /as_of 2020 must be later than the as_of of the revised figure "people-fr-cnet-placeholder" \(2020-02\)/,
    line: lineAfter(s2, REVISION, 'as_of: "2020-06"'),
  },
  {
    name: 'a subject over 120 characters',
    text: editAfter(s2, FINE, 'scope: FR\n', `scope: FR\n    subject:\n      en: ${'x'.repeat(121)}\n`),
    field: `figures[${figureIndex('fine-fr-cnil')}].subject.en`,
    message: /too long: at most 120 characters/,
    line: lineAfter(s2, FINE, 'scope: FR') + 2,
  },
  {
    name: 'a subject written as plain text, not per language',
    text: editAfter(s2, FINE, 'scope: FR\n', 'scope: FR\n    subject: the clinic fined\n'),
    field: `figures[${figureIndex('fine-fr-cnil')}].subject`,
    message: /expected object, got string "the clinic fined"/,
    line: lineAfter(s2, FINE, 'scope: FR') + 1,
  },
  {
    name: 'title_seen written as text, not true or false',
    text: edit(s2, 'title: Plastic surgery images and invoices leak from unsecured database\n', 'title: Plastic surgery images and invoices leak from unsecured database\n    title_seen: "no"\n'),
    field: `sources[${sourceIndex('cnet')}].title_seen`,
    message: /expected boolean, got string "no"/,
    line: lineOf(s2, 'title: Plastic surgery images and invoices leak') + 1,
  },
  {
    name: 'an outcome amount that is a count',
    text: edit(s2, 'amount: fine-fr-cnil', 'amount: files-world-cnet'),
    field: 'outcomes[0].amount',
    message: /figure "files-world-cnet" is a count \(files\); an amount must be a money figure \(money figures: fine-fr-cnil, ransom-world-cnet\)/,
    line: lineOf(s2, 'amount: fine-fr-cnil'),
  },
  {
    name: 'an outcome amount that does not exist',
    text: edit(s2, 'amount: fine-fr-cnil', 'amount: fine-fr'),
    field: 'outcomes[0].amount',
    message: /figure "fine-fr" is not in figures/,
    line: lineOf(s2, 'amount: fine-fr-cnil'),
  },
  {
    name: 'an outcome source that does not exist',
    text: editAfter(s2, OUTCOME, 'source: cnet', 'source: cnil'),
    field: 'outcomes[0].source',
    message: /source "cnil" is not in sources/,
    line: lineAfter(s2, OUTCOME, 'source: cnet'),
  },
  {
    name: 'a misspelt outcome kind, with did-you-mean',
    text: edit(s2, 'kind: fine\n', 'kind: fines\n'),
    field: 'outcomes[0].kind',
    message: /"fines" is not allowed; use one of: regulator-decision, fine, .*\(did you mean "fine"\?\)/,
    line: lineOf(s2, 'kind: fine\n'),
  },
  {
    name: 'an unknown outcome status',
    text: edit(s2, 'status: final', 'status: definitive'),
    field: 'outcomes[0].status',
    message: /"definitive" is not allowed; use one of: final, appealed, unknown/,
    line: lineOf(s2, 'status: final'),
  },
  {
    name: 'an outcome date in the future',
    text: edit(s2, 'date: "2022-04-15"', 'date: "2031-04-15"'),
    field: 'outcomes[0].date',
    message: /in the future/,
    line: lineOf(s2, 'date: "2022-04-15"'),
  },
  {
    name: 'a legal basis over 120 characters',
    text: edit(s2, '"GDPR Art. 28"', `"${'x'.repeat(121)}"`),
    field: 'outcomes[0].legal_basis[0]',
    message: /too long: at most 120 characters/,
    line: lineOf(s2, 'legal_basis:'),
  },
  {
    name: 'a link to a record that does not exist, with did-you-mean',
    text: edit(s2, 'target: greenbone-pacs-2019', 'target: greenbone-pacs-2018'),
    field: 'links[0].target',
    message: /no incident has the id "greenbone-pacs-2018"; did you mean "greenbone-pacs-2019"\?/,
    line: lineOf(s2, 'target: greenbone-pacs-2019'),
  },
  {
    name: 'a link to the record itself',
    text: edit(s2, 'target: greenbone-pacs-2019', 'target: nextmotion-2020'),
    field: 'links[0].target',
    message: /a record cannot link to itself/,
    line: lineOf(s2, 'target: greenbone-pacs-2019'),
  },
  {
    name: 'a misspelt link type, with did-you-mean',
    text: edit(s2, 'type: found-by', 'type: found_by'),
    field: 'links[0].type',
    message: /"found_by" is not allowed; use one of: found-by, .*\(did you mean "found-by"\?\)/,
    line: lineOf(s2, 'type: found-by'),
  },
  {
    name: 'the same link twice',
    text: edit(s2, 'links:\n', 'links:\n  - type: found-by\n    target: greenbone-pacs-2019\n'),
    field: 'links[1]',
    message: /the same link \(found-by greenbone-pacs-2019\) is already links\[0\]/,
    line: lineOf(s2, 'links:') + 3,
  },
];

describe('schema 2: bad input is reported with its message and line', () => {
  it.each(schema2Cases)('$name', ({ text, field, message, line }) => {
    const dir = seedFolder();
    write(dir, NM, text);
    const { diagnostics, records } = validate({ dir, files: [join(dir, NM)], today: TODAY });
    const hit = diagnostics.find((d) => d.field === field && message.test(d.message));
    expect(hit, `expected ${field} ${message} in:\n${diagnostics.map(formatDiagnostic).join('\n')}`).toBeDefined();
    expect(hit?.line).toBe(line);
    expect(records.map((r) => r.incident.id)).not.toContain('nextmotion-2020');
    expect(records.map((r) => r.incident.id)).toContain('greenbone-pacs-2019');
  });
});
