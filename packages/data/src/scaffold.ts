/**
 * The questions `npm run new-incident` asks and the skeleton it writes.
 *
 * Every answer is checked with the same zod pieces as the validator, and its
 * error is worded by the same `messageFor`, so a contributor reads one
 * vocabulary whether the scaffold or `npm run validate` refuses a value.
 * The skeleton is valid except at its `# TODO` lines (summary, data types,
 * figures, and the organisation when not given): `npm run validate` then
 * points at exactly what is left to write, and an untouched skeleton can
 * never pass CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import {
  CountryCode,
  DATA_TYPE_CATEGORIES,
  DATA_TYPES,
  FIGURE_ROLES,
  FullDate,
  HttpsUrl,
  INCIDENT_KINDS,
  Incident,
  IncidentId,
  inFuture,
  isRealDate,
  LanguageTag,
  LocalId,
  LINK_TYPES,
  METRICS,
  ORGANISATION_ROLES,
  Organisation,
  PartialDate,
  QUALIFIERS,
  SCHEMA_VERSION,
  Source,
  type Term,
} from '@atlas/schema';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { messageFor } from './messages.ts';
import { listIncidentFiles } from './validate.ts';

/** What the scaffold needs to write a file. */
export interface Scaffold {
  id: string;
  title: string;
  kind: string;
  sector: string;
  vector: string;
  countries: string[];
  madePublic: string;
  organisation: { name?: string; role?: string; country: string };
  source: { id: string; url: string; title: string; publisher: string; published: string; language: string; type: string };
  /** YYYY-MM-DD: record.added and record.modified. */
  today: string;
}

export interface QuestionContext {
  /** Folder of incident files, to refuse an id that exists. */
  dir: string;
  today: string;
  /** Answers given so far, by flag name, for defaults that depend on them. */
  answers: Readonly<Record<string, string | string[] | undefined>>;
}

export type Checked = { ok: true; value: string | string[] } | { ok: false; message: string };

export interface Question {
  /** The flag name, also the key of the answer. */
  flag: string;
  /** The question as asked in a terminal. */
  prompt: string;
  /** Shown before the prompt: the choices or an example. */
  help?: string;
  /** Required in flag mode; optional questions may be left empty. */
  required: boolean;
  /** A flag that may be repeated or given as a comma list. */
  list?: boolean;
  default?: (ctx: QuestionContext) => string | undefined;
  check: (raw: string, ctx: QuestionContext) => Checked;
}

/** The message the validator would print for this zod failure. */
function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  return messageFor({ ...issue, path: [] })[0]?.message ?? issue.message;
}

function withSchema(schema: z.ZodType): (raw: string) => Checked {
  return (raw) => {
    const r = schema.safeParse(raw.trim(), { reportInput: true });
    return r.success ? { ok: true, value: r.data as string } : { ok: false, message: zodMessage(r.error) };
  };
}

function checkDate(raw: string, ctx: QuestionContext): Checked {
  const r = withSchema(PartialDate)(raw);
  if (!r.ok) return r;
  const date = r.value as string;
  if (!isRealDate(date)) return { ok: false, message: `"${date}" is not a real calendar date` };
  if (inFuture(date, ctx.today)) return { ok: false, message: `"${date}" is in the future (today is ${ctx.today})` };
  return r;
}

const choices = (terms: readonly Term[]) => terms.map((t) => t.id).join(', ');
const describe = (terms: readonly Term[]) => terms.map((t) => `  ${t.id.padEnd(30)} ${t.definition}`).join('\n');

/** Where an id is already taken in the folder: the file of that name, or a file whose `id:` is it. */
export function idTakenBy(id: string, dir: string): string | undefined {
  const own = join(dir, `${id}.yaml`);
  if (existsSync(own)) return own;
  if (existsSync(join(dir, `${id}.yml`))) return join(dir, `${id}.yml`);
  const line = new RegExp(`^id:\\s*["']?${id.replace(/[-]/g, '\\-')}["']?\\s*(?:#.*)?$`, 'm');
  for (const file of listIncidentFiles(dir)) {
    try {
      if (line.test(readFileSync(file, 'utf8'))) return file;
    } catch {
      // An unreadable file is the validator's business, not the scaffold's.
    }
  }
  return undefined;
}

/** A source id from a publisher's name: "Security Magazine" -> "security-magazine". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const shape = Incident.shape;

export const QUESTIONS: readonly Question[] = [
  {
    flag: 'id',
    prompt: 'Id (kebab-case, the organisation and the year, such as acme-clinic-2024)',
    required: true,
    check(raw, ctx) {
      const r = withSchema(IncidentId)(raw);
      if (!r.ok) return r;
      const taken = idTakenBy(r.value as string, ctx.dir);
      if (taken) return { ok: false, message: `the id "${r.value}" already exists (${relative(process.cwd(), taken) || taken}); ids are never reused: pick another, or edit that file` };
      return r;
    },
  },
  {
    flag: 'title',
    prompt: 'Title in English, short and factual, in your own words',
    required: true,
    check: withSchema(Incident.shape.title.shape.en),
  },
  {
    flag: 'kind',
    prompt: 'Kind',
    help: describe(INCIDENT_KINDS),
    required: true,
    default: () => 'incident',
    check: withSchema(shape.kind),
  },
  { flag: 'sector', prompt: 'Sector', help: `  ${shape.sector.options.join(', ')}`, required: true, check: withSchema(shape.sector) },
  { flag: 'vector', prompt: 'How was the data exposed (vector)', help: `  ${shape.vector.options.join(', ')}`, required: true, check: withSchema(shape.vector) },
  {
    flag: 'country',
    prompt: 'Affected countries, ISO codes separated by commas (such as FR, IT)',
    required: true,
    list: true,
    check(raw) {
      const codes = raw
        .split(',')
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean);
      if (codes.length === 0) return { ok: false, message: 'give at least one country code, such as FR' };
      for (const code of codes) {
        const r = CountryCode.safeParse(code, { reportInput: true });
        if (!r.success) return { ok: false, message: zodMessage(r.error) };
      }
      return { ok: true, value: [...new Set(codes)] };
    },
  },
  {
    flag: 'made-public',
    prompt: 'When was it first made public ("YYYY", "YYYY-MM" or "YYYY-MM-DD", no more precise than the source)',
    required: true,
    check: checkDate,
  },
  {
    flag: 'organisation',
    prompt: 'Main organisation concerned (leave empty to fill in later)',
    required: false,
    check: withSchema(Organisation.shape.name),
  },
  {
    flag: 'organisation-role',
    prompt: "Organisation's role",
    help: `  ${choices(ORGANISATION_ROLES)}`,
    required: false,
    check: withSchema(Organisation.shape.role),
  },
  {
    flag: 'organisation-country',
    prompt: "Organisation's country (head office)",
    required: false,
    default: ({ answers }) => (Array.isArray(answers.country) ? answers.country[0] : undefined),
    check: (raw) => withSchema(CountryCode)(raw.trim().toUpperCase()),
  },
  { flag: 'source-url', prompt: 'First source: its https address', required: true, check: withSchema(HttpsUrl) },
  { flag: 'source-title', prompt: 'Source title, as published', required: true, check: withSchema(Source.shape.title) },
  { flag: 'source-publisher', prompt: 'Source publisher (newspaper, company, authority)', required: true, check: withSchema(Source.shape.publisher) },
  {
    flag: 'source-published',
    prompt: 'Source publication date ("YYYY", "YYYY-MM" or "YYYY-MM-DD")',
    required: true,
    check: checkDate,
  },
  { flag: 'source-language', prompt: 'Source language (BCP 47, such as en, fr, it, de)', required: true, check: withSchema(LanguageTag) },
  {
    flag: 'source-type',
    prompt: 'Source type',
    help: `  ${Source.shape.type.options.join(', ')}`,
    required: false,
    default: () => 'news',
    check: withSchema(Source.shape.type),
  },
  {
    flag: 'source-id',
    prompt: 'Source id, used by figures to cite it',
    required: false,
    default: ({ answers }) => (typeof answers['source-publisher'] === 'string' ? slugify(answers['source-publisher']) || 'source' : undefined),
    check: withSchema(LocalId),
  },
];

export interface Terminal {
  /** Asks one question and resolves with the answer; rejects when the contributor stops. */
  ask(prompt: string): Promise<string>;
  say(line: string): void;
}

/**
 * Asks each question in turn, in a terminal. A value given as a flag is used
 * without asking, unless it is refused; a refused answer is explained in the
 * validator's words and asked again; Enter keeps the default; an optional
 * question may be left empty.
 */
export async function askAll(
  questions: readonly Question[],
  given: Readonly<Record<string, string | undefined>>,
  ctx: QuestionContext,
  answers: Record<string, string | string[] | undefined>,
  term: Terminal,
): Promise<void> {
  for (const q of questions) {
    const flag = given[q.flag];
    if (flag !== undefined) {
      const r = q.check(flag, ctx);
      if (r.ok) {
        answers[q.flag] = r.value;
        continue;
      }
      term.say(`  --${q.flag}: ${r.message}`);
    }
    if (q.help) term.say(q.help);
    for (;;) {
      const fallback = q.default?.(ctx);
      const raw = (await term.ask(`${q.prompt}${fallback ? ` [${fallback}]` : q.required ? '' : ' (optional)'}: `)).trim();
      const value = raw || fallback || '';
      if (value === '') {
        if (!q.required) break;
        term.say('  this one is needed');
        continue;
      }
      const r = q.check(value, ctx);
      if (r.ok) {
        answers[q.flag] = r.value;
        break;
      }
      term.say(`  ${r.message}`);
    }
  }
}

/** Flags that are not questions. */
export const OTHER_FLAGS = ['dir', 'today', 'help'] as const;

export function checkToday(raw: string): Checked {
  return withSchema(FullDate)(raw);
}

/** Builds the scaffold from checked answers keyed by flag name. */
export function toScaffold(answers: Readonly<Record<string, string | string[] | undefined>>, today: string): Scaffold {
  const s = (k: string) => {
    const v = answers[k];
    return typeof v === 'string' ? v : undefined;
  };
  const req = (k: string) => {
    const v = s(k);
    if (v === undefined) throw new Error(`missing answer: ${k}`);
    return v;
  };
  const countries = answers.country;
  if (!Array.isArray(countries) || countries.length === 0) throw new Error('missing answer: country');
  return {
    id: req('id'),
    title: req('title'),
    kind: req('kind'),
    sector: req('sector'),
    vector: req('vector'),
    countries,
    madePublic: req('made-public'),
    organisation: { name: s('organisation'), role: s('organisation-role'), country: s('organisation-country') ?? (countries[0] as string) },
    source: {
      id: req('source-id'),
      url: req('source-url'),
      title: req('source-title'),
      publisher: req('source-publisher'),
      published: req('source-published'),
      language: req('source-language'),
      type: req('source-type'),
    },
    today,
  };
}

/** A YAML scalar, quoted only when YAML needs it. */
const scalar = (v: string) => stringify(v, { lineWidth: 0 }).trimEnd();
/** Dates are always double-quoted, so that YAML never reads them as numbers or timestamps. */
const date = (v: string) => JSON.stringify(v);

/** The `$schema` reference from the folder the file is written to, with forward slashes. */
export function schemaRef(dir: string, schemaPath: string): string {
  return relative(dir, schemaPath).split(sep).join('/');
}

/** The text of a new incident file, in the field order of the seed records. */
export function renderIncident(s: Scaffold, schema: string): string {
  const o = s.organisation;
  const src = s.source;
  const scope = s.countries.length === 1 ? (s.countries[0] as string) : 'world';
  const dataTypes = DATA_TYPE_CATEGORIES.map((c) => {
    const ids = DATA_TYPES.filter((t) => t.category === c.id).map((t) => t.id);
    return `#   ${c.id}: ${ids.join(', ')}`;
  });
  const lines = [
    `# yaml-language-server: $schema=${schema}`,
    `# Written by \`npm run new-incident\` on ${s.today}. Fill in every TODO, then check with`,
    `#   npm run validate -- <this file>`,
    '# How to: CONTRIBUTING.md. Every field: packages/schema/FIELDS.md.',
    `id: ${s.id}`,
    `schema_version: ${SCHEMA_VERSION}`,
    'status: active',
    `kind: ${s.kind}`,
    'title:',
    `  en: ${scalar(s.title)}`,
    '  # fr: the French title, and it: the Italian one. The atlas publishes every record in three languages;',
    '  # write them if you can, otherwise a maintainer adds them before the record is published.',
    'summary:',
    '  # Two to five sentences in your own words: what was exposed, how, and what happened next.',
    '  # Never copy a source\'s sentences, and leave numbers to `figures`.',
    '  en: "" # TODO: the summary in English; fr and it as for the title',
    `sector: ${s.sector}`,
    'organisations:',
    o.name === undefined ? '  - name: "" # TODO: the organisation\'s name as commonly written' : `  - name: ${scalar(o.name)}`,
    `    country: ${o.country}`,
    o.role === undefined ? `    role: "" # TODO: one of ${choices(ORGANISATION_ROLES)}` : `    role: ${o.role}`,
    '  # Add the vendor, host or researcher too when the sources name them.',
    `countries: [${s.countries.join(', ')}]`,
    'dates:',
    '  # Optional, each as precise as its source and no more ("YYYY", "YYYY-MM" or "YYYY-MM-DD"):',
    '  # occurred: "YYYY-MM"',
    '  # discovered: "YYYY-MM-DD"',
    '  # secured: "YYYY-MM-DD"',
    `  made_public: ${date(s.madePublic)}`,
    '# discovered_by:          # optional: who found it',
    '#   name: the team, newsroom or person',
    '#   type: security-researcher',
    `vector: ${s.vector}`,
    '# The kinds of data exposed, from this list (by broad category):',
    ...dataTypes,
    'data_types: [] # TODO: such as [face-photos, invoices-billing]',
    '# One entry per number a source reports, exactly as it reports it; copy the block for each',
    '# number and each source (sources that disagree are all kept). See "How to write a figure"',
    '# in CONTRIBUTING.md.',
    'figures: # TODO: uncomment the example below and fill it in',
    `  # - id: images-${scope.toLowerCase()}-${src.id}   # <metric>-<scope>-<source id>; never renamed`,
    `  #   metric: images      # ${choices(METRICS)}`,
    '  #   value: 100000       # digits only: "2.6 million" is 2600000',
    `  #   qualifier: more-than  # ${choices(QUALIFIERS)}`,
    `  #   scope: ${scope}${' '.repeat(Math.max(1, 12 - scope.length))}# world, or one country code`,
    '  #   as_of: "YYYY-MM"    # when the number was true, not when it was published',
    `  #   role: exposure      # ${choices(FIGURE_ROLES)}`,
    `  #   source: ${src.id}`,
    '  #   evidence: more than 100,000 images   # a short quote from the source, in its language, with the number',
    '  #   # claim: attacker-claim   # optional: whose claim the number is; measured when omitted',
    '  #   # subject: {en: "..."}    # only when this record counts two separate things with the same metric, scope and date',
    '  #   # For money (fine, ransom-demand, settlement, …) add `currency: EUR`; for data-volume write the value',
    '  #   # in bytes and add `unit_as_reported: GB`. When the source says a number exists but gives none:',
    '  #   # `value: not-disclosed` and no qualifier. See "Money, data volumes, claims" in CONTRIBUTING.md.',
    'sources:',
    `  - id: ${src.id}`,
    `    url: ${scalar(src.url)}`,
    `    title: ${scalar(src.title)}`,
    `    publisher: ${scalar(src.publisher)}`,
    '    # author: the byline, when there is one',
    `    published: ${date(src.published)}`,
    `    language: ${src.language}`,
    `    type: ${src.type}`,
    `    accessed: ${date(s.today)}   # the day you read it; add title_seen: false if the copy you read showed no headline`,
    '# outcomes:              # optional: what happened next (fines, decisions, judgments); see FIELDS.md',
    '# links:                 # optional: links to other records',
    `#   - type: found-by     # ${choices(LINK_TYPES)}`,
    '#     target: the-other-record-id',
    'corrections: []',
    'record:',
    `  added: ${date(s.today)}`,
    `  modified: ${date(s.today)}`,
    '',
  ];
  return lines.join('\n');
}
