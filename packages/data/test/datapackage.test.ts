/**
 * datapackage.json against the official Data Package v2 profile (checked in
 * under test/profiles/ with its origin), every CSV row against its Table
 * Schema, the formula guard on every published CSV, and atlas.sqlite read back
 * and compared row by row with the CSVs.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Dataset, loadDataset } from '../src/dataset.ts';
import { artifacts } from '../src/export.ts';
import { createTableSql, sqliteFile, sqlJs } from '../src/sqlite.ts';
import { TABLES } from '../src/tables.ts';
import { CONTENT, TODAY } from './helpers.ts';

const { dataset } = loadDataset({ dir: CONTENT, today: TODAY });
const files = artifacts(dataset);
const pkg = JSON.parse(files['datapackage.json'] as string);

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}
interface Schema {
  fields: Field[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
  missingValues: { value: string; label: string }[];
}
interface Resource {
  name: string;
  path: string;
  schema: Schema;
}
const resources = pkg.resources as Resource[];
/** Rows of a resource's CSV as read by csv-parse (an independent reader), as header-keyed records. */
const rowsOf = (r: Resource) => parseCsv(files[r.path] as string, { columns: true }) as Record<string, string>[];

describe('datapackage.json', () => {
  it('is valid against the official Data Package v2 profile', () => {
    const profile = JSON.parse(readFileSync(new URL('./profiles/datapackage.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  });

  it('the profile rejects a broken package, so the check above can fail', () => {
    const profile = JSON.parse(readFileSync(new URL('./profiles/datapackage.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ strict: false, logger: false });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    expect(validate({ ...pkg, resources: [] })).toBe(false);
    expect(validate({ ...pkg, licenses: [{ title: 'no name or path' }] })).toBe(false);
    expect(validate({ ...pkg, resources: [{ ...resources[0], path: '../incidents.csv' }] })).toBe(false);
  });

  it('lists every published table with its file, the licence, the version, contributors and sources', () => {
    expect(resources.map((r) => r.path).sort()).toEqual(Object.keys(files).filter((f) => f.endsWith('.csv')).sort());
    expect(resources.map((r) => r.name).sort()).toEqual(['figures', 'incidents', 'links', 'outcomes', 'sources']);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.version).toBe(dataset.info.version);
    expect(pkg.contributors.length).toBeGreaterThan(0);
    const urls = new Set(dataset.sources.map((s) => s.source.url));
    expect(new Set((pkg.sources as { path: string }[]).map((s) => s.path))).toEqual(urls);
  });

  it('declares the figure-to-source and figure-to-incident foreign keys and the not-disclosed meaning', () => {
    const figures = resources.find((r) => r.name === 'figures')?.schema;
    expect(figures?.foreignKeys).toContainEqual({ fields: ['incident_id'], reference: { resource: 'incidents', fields: ['id'] } });
    expect(figures?.foreignKeys).toContainEqual({
      fields: ['incident_id', 'source_id'],
      reference: { resource: 'sources', fields: ['incident_id', 'source_id'] },
    });
    expect(figures?.missingValues).toEqual([{ value: '', label: 'not applicable or not given' }]);
    expect(JSON.stringify(figures?.fields.find((f) => f.name === 'value_status'))).toContain('not-disclosed');
  });
});

/** A cell checked against its field, the way a Table Schema reader does it; returns the problem or undefined. */
function cellProblem(field: Field, cell: string, missing: Set<string>): string | undefined {
  if (missing.has(cell)) return field.constraints?.required ? 'required value missing' : undefined;
  const ok: Record<string, (s: string) => boolean> = {
    string: () => true,
    integer: (s) => /^-?\d+$/.test(s),
    number: (s) => /^-?\d+(\.\d+)?$/.test(s),
    boolean: (s) => s === 'true' || s === 'false',
    date: (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)),
  };
  const check = ok[field.type];
  if (!check) return `unknown type ${field.type}`;
  if (!check(cell)) return `not a ${field.type}: ${JSON.stringify(cell)}`;
  const c = field.constraints;
  if (c?.enum && !c.enum.includes(cell)) return `not in enum: ${cell}`;
  if (c?.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) return `does not match ${c.pattern}: ${cell}`;
  if (c?.minimum !== undefined && Number(cell) < c.minimum) return `below ${c.minimum}`;
  return undefined;
}

describe('every CSV row against its Table Schema', () => {
  for (const r of resources) {
    it(`${r.path}: header, types, constraints, missing values, unique primary key, resolving foreign keys`, () => {
      const rows = rowsOf(r);
      const [header] = parseCsv(files[r.path] as string, { to: 1 }) as string[][];
      expect(header).toEqual(r.schema.fields.map((f) => f.name));
      const missing = new Set(r.schema.missingValues.map((m) => m.value));
      const problems: string[] = [];
      rows.forEach((row, i) => {
        for (const f of r.schema.fields) {
          const p = cellProblem(f, row[f.name] as string, missing);
          if (p) problems.push(`${r.path}:${i + 2} ${f.name} ${p}`);
        }
      });
      const keys = rows.map((row) => JSON.stringify(r.schema.primaryKey.map((k) => row[k])));
      expect(new Set(keys).size, 'primary key unique').toBe(rows.length);
      for (const fk of r.schema.foreignKeys) {
        const target = resources.find((t) => t.name === (fk.reference.resource ?? r.name)) as Resource;
        const have = new Set(rowsOf(target).map((row) => JSON.stringify(fk.reference.fields.map((k) => row[k]))));
        rows.forEach((row, i) => {
          const values = fk.fields.map((k) => row[k] as string);
          // A key with a missing part refers to nothing, as in Table Schema.
          if (values.some((v) => missing.has(v))) return;
          if (!have.has(JSON.stringify(values))) problems.push(`${r.path}:${i + 2} ${fk.fields.join('+')} ${values.join('/')} not in ${target.name}`);
        });
      }
      expect(problems).toEqual([]);
    });
  }

  it('has rows in every table the dataset fills (incidents, figures, sources, outcomes, links)', () => {
    expect(rowsOf(resources.find((r) => r.name === 'incidents') as Resource)).toHaveLength(dataset.incidents.length);
    for (const r of resources) expect(rowsOf(r).length, r.name).toBeGreaterThan(0);
  });

  it('finds a broken row: the checker is not a rubber stamp', () => {
    const figures = resources.find((r) => r.name === 'figures') as Resource;
    const missing = new Set(['']);
    const field = (name: string) => figures.schema.fields.find((f) => f.name === name) as Field;
    expect(cellProblem(field('value'), 'about 5', missing)).toMatch(/not a number/);
    expect(cellProblem(field('value_status'), 'guessed', missing)).toMatch(/enum/);
    expect(cellProblem(field('as_of'), '', missing)).toMatch(/required/);
    expect(cellProblem(field('as_of'), '2020-13-01x', missing)).toMatch(/does not match/);
  });
});

describe('the formula guard on every published CSV', () => {
  it('makes a title, an evidence phrase, a summary and a note of =HYPERLINK(...) inert in incidents, figures, sources, outcomes and links', () => {
    const formula = '=HYPERLINK("https://example.org","x")';
    const incidents = structuredClone([...dataset.incidents]);
    for (const i of incidents) {
      i.title.en = formula;
      for (const s of i.sources) s.title = formula;
      for (const f of i.figures) if (f.evidence !== undefined) f.evidence = formula;
      for (const o of i.outcomes ?? []) o.summary.en = formula;
      for (const l of i.links ?? []) l.note = { ...l.note, en: formula } as typeof l.note;
    }
    const out = artifacts(new Dataset(incidents));
    const csvs = Object.keys(out).filter((f) => f.endsWith('.csv'));
    expect(csvs.sort()).toEqual(['figures.csv', 'incidents.csv', 'links.csv', 'outcomes.csv', 'sources.csv']);
    const inert = `'${formula}`;
    const seen: Record<string, number> = {};
    for (const file of csvs) {
      for (const row of parseCsv(out[file] as string, { columns: true }) as Record<string, string>[]) {
        for (const cell of Object.values(row)) {
          expect(cell, file).not.toMatch(/^[=+\-@\t\r]/);
          if (cell === inert) seen[file] = (seen[file] ?? 0) + 1;
        }
      }
    }
    // The edited text reached every file, each time behind the apostrophe.
    for (const file of csvs) expect(seen[file], file).toBeGreaterThan(0);
  });
});

describe('atlas.sqlite', async () => {
  const SQL = await sqlJs();
  const db = new SQL.Database(await sqliteFile(dataset));

  it('holds one table per CSV, with the same columns, keys and an index on every foreign key', () => {
    const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values.flat();
    expect(tables).toEqual(resources.map((r) => r.name).sort());
    for (const t of TABLES) {
      const info = db.exec(`PRAGMA table_info("${t.name}")`)[0];
      const names = info?.values.map((v) => v[1]);
      expect(names).toEqual(t.columns.map((c) => c.name));
      const pk = info?.values.filter((v) => Number(v[5]) > 0).sort((a, b) => Number(a[5]) - Number(b[5])).map((v) => v[1]);
      expect(pk).toEqual(t.primaryKey);
      const fks = db.exec(`PRAGMA foreign_key_list("${t.name}")`)[0]?.values ?? [];
      expect(new Set(fks.map((v) => v[2]))).toEqual(new Set(t.foreignKeys.map((k) => k.reference.resource)));
      const indexes = db.exec(`PRAGMA index_list("${t.name}")`)[0]?.values.map((v) => v[1]) ?? [];
      for (const k of t.foreignKeys) expect(indexes).toContain(`${t.name}_${k.fields.join('_')}`);
    }
    expect(createTableSql(TABLES[0] as (typeof TABLES)[number])[0]).toContain('PRIMARY KEY ("id")');
    expect(db.exec('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('has every CSV row, cell for cell', () => {
    for (const r of resources) {
      const result = db.exec(`SELECT * FROM "${r.name}" ORDER BY rowid`)[0];
      const csvRows = rowsOf(r);
      expect(result?.values.length, r.name).toBe(csvRows.length);
      const types = new Map(r.schema.fields.map((f) => [f.name, f.type]));
      result?.values.forEach((values, i) => {
        const asCsv = Object.fromEntries(
          (result.columns as string[]).map((c, j) => {
            const v = values[j];
            if (v === null) return [c, ''];
            if (types.get(c) === 'boolean') return [c, v === 1 ? 'true' : 'false'];
            return [c, String(v)];
          }),
        );
        // SQLite stores the cell itself; the CSV's formula guard is a spreadsheet concern only.
        const csvRow = Object.fromEntries(Object.entries(csvRows[i] as Record<string, string>).map(([k, v]) => [k, v.replace(/^'(?=[=+\-@\t\r])/, '')]));
        expect(asCsv, `${r.name} row ${i + 1}`).toEqual(csvRow);
      });
    }
  });
});
