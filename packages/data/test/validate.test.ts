import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics.ts';
import { validate } from '../src/validate.ts';
import { CONTENT, edit, lineOf, seedFolder, seedText, TODAY, write } from './helpers.ts';

describe('the seed records', () => {
  it('both pass every check', () => {
    const result = validate({ dir: CONTENT, today: TODAY });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.records.map((r) => r.incident.id).sort()).toEqual(['greenbone-pacs-2019', 'nextmotion-2020']);
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
