/**
 * Turns zod issues into messages a contributor can act on, naming what was
 * found and what is expected. The wording of the common mistakes is quoted
 * in CONTRIBUTING.md; the tests hold both to the same text.
 */
import { CURRENCY_CODES, Incident, LANGUAGE_CODES, NOT_DISCLOSED, QUALIFIER_SYNONYMS, QUALIFIERS, SCHEMA_VERSION, THREE_TO_TWO } from '@atlas/schema';
import type { z } from 'zod';

/** The parts of a zod 4 schema's definition that lead to the fields of an object. */
interface ZodNode {
  _zod: { def: { type: string; shape?: Record<string, ZodNode>; element?: ZodNode; innerType?: ZodNode; in?: ZodNode } };
}

/** The fields an object in the record may have, found by walking the zod schema along the issue's path. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  const bare = (n: ZodNode | undefined): ZodNode | undefined => {
    let node = n;
    while (node && (node._zod.def.innerType || node._zod.def.in)) node = node._zod.def.innerType ?? node._zod.def.in;
    return node;
  };
  let node = bare(Incident as unknown as ZodNode);
  for (const seg of path) {
    const def = node?._zod.def;
    node = bare(typeof seg === 'number' ? def?.element : def?.shape?.[String(seg)]);
  }
  return Object.keys(node?._zod.def.shape ?? {});
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

export function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = o;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/**
 * A number written in words, such as "about 900,000": the qualifier comes from
 * the vocabulary's labels and synonyms (one home for the words), longest first.
 */
const QUALIFIER_WORDS: [string, string][] = QUALIFIERS.filter((q) => q.id !== 'exact' && q.id !== 'multiples-of')
  .flatMap((q) => [...Object.values(q.label), ...(QUALIFIER_SYNONYMS[q.id] ?? [])].map((w): [string, string] => [w.toLowerCase(), q.id]))
  .sort(([a], [b]) => b.length - a.length);

function numberInsideWords(input: string): string {
  const text = input.trim().toLowerCase();
  const qualifier = QUALIFIER_WORDS.find(([w]) => text.startsWith(w) && /^(\s|\d|$)/.test(text.slice(w.length)))?.[1];
  // From the first digit on, so that the dot of "approx." is not read as part of the number.
  const from = input.search(/\d/);
  const digits = from < 0 ? '' : input.slice(from).replace(/[^\d.,]/g, '').replace(/[.,](?=\d{3}\b)/g, '');
  const hint = qualifier ? ` and \`qualifier: ${qualifier}\`` : '';
  return `the value must be a number, not text: got ${show(input)}; write \`value: ${digits || '…'}\`${hint}`;
}

/** A date written another way, such as 24/01/2020 or 24.01.2020, rewritten as ISO when unambiguous. */
function isoHint(input: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input.trim());
  if (m) {
    const [, a, b, y] = m;
    const day = Number(a);
    const month = Number(b);
    if (day > 12 && month <= 12) return `; did you mean "${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}"?`;
  }
  return '';
}

/** Codes people often write that ISO 3166-1 spells otherwise. */
const COUNTRY_ALIASES: Record<string, { code: string; name: string }> = {
  UK: { code: 'GB', name: 'the United Kingdom' },
  EL: { code: 'GR', name: 'Greece' },
};

/** "; write it in capitals" for fr, or the ISO code for a common alias such as UK. */
function countryHint(input: unknown, codes: readonly string[], quoted: (code: string) => string): string {
  if (typeof input !== 'string') return '';
  const up = input.trim().toUpperCase();
  const alias = COUNTRY_ALIASES[up];
  if (alias) return `; the ISO code for ${alias.name} is ${quoted(alias.code)}`;
  return up !== input && codes.includes(up) ? `; write it in capitals: ${quoted(up)}` : '';
}

/** What a version 1 record is told: what changed, and how to update it. */
export const VERSION_1_MESSAGE =
  `missing "schema_version": this record is written for schema version 1. Version ${SCHEMA_VERSION} adds \`schema_version\`; ` +
  'figures may now say whose claim they are (`claim`), be a `placeholder`, restate an earlier figure (`revises`) or be `value: not-disclosed`; ' +
  'new money metrics (with `currency`) and the `data-volume` metric (with `unit_as_reported`); `outcomes` and `links`; ' +
  'texts have maximum lengths and language tags must be registered ISO 639 codes. ' +
  `To update, add \`schema_version: ${SCHEMA_VERSION}\` on the line after \`id\`; nothing else is required`;

/** Signs and words people write for a currency, with its ISO 4217 code. */
const CURRENCY_ALIASES: Record<string, string> = { '€': 'EUR', EURO: 'EUR', EUROS: 'EUR', $: 'USD', US$: 'USD', USDOLLAR: 'USD', '£': 'GBP', UKP: 'GBP', CHFR: 'CHF', SFR: 'CHF' };

function currencyMessage(input: unknown): string {
  const got = typeof input === 'string' ? input.trim() : '';
  const up = got.toUpperCase().replace(/\s+/g, '');
  const alias = CURRENCY_ALIASES[up];
  const codes = CURRENCY_CODES as readonly string[];
  const hint = alias ? `; write "${alias}"` : up !== got && codes.includes(up) ? `; write it in capitals: "${up}"` : (() => {
    const guess = closest(up, codes);
    return guess ? `; did you mean "${guess}"?` : '';
  })();
  const extra = /^(BTC|XBT|ETH|BITCOIN)$/.test(up) ? '; a crypto-asset has no ISO 4217 code: record the amount the source gives in a currency, and name the crypto-asset in `note`' : '';
  return `${show(input)} is not an ISO 4217 currency code (such as EUR, USD, GBP, CHF)${hint}${extra}`;
}

function languageMessage(input: unknown): string {
  if (typeof input !== 'string') return 'expected a language tag such as en, fr or it';
  const [primary = '', ...rest] = input.split('-');
  const lower = primary.toLowerCase();
  const two = THREE_TO_TWO[lower];
  const codes = LANGUAGE_CODES as readonly string[];
  let hint = '';
  if (two) hint = `; BCP 47 uses the two-letter code: "${[two, ...rest].join('-')}"`;
  else if (lower !== primary && codes.includes(lower)) hint = `; write the language in lower case: "${[lower, ...rest].join('-')}"`;
  else {
    const guess = closest(lower, codes.filter((c) => c.length === 2));
    if (guess && lower.length === 2) hint = `; did you mean "${guess}"?`;
  }
  return `${show(input)} is not a registered language tag: its first part "${primary}" is not an ISO 639 language code (such as en, fr, it, de)${hint}`;
}

export function messageFor(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string; key?: boolean }[] {
  const path = issue.path as PropertyKey[];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path);
      return issue.keys.map((key) => {
        const guess = closest(key, allowed);
        return {
          path: [...path, key],
          key: true,
          message: `unknown field "${key}"${guess ? `; did you mean "${guess}"?` : `; allowed fields here: ${allowed.join(', ')}`}`,
        };
      });
    }
    case 'invalid_type': {
      if (input === undefined) return [{ path, message: `missing required field "${String(path.at(-1) ?? '')}"` }];
      if (issue.expected === 'number' && typeof input === 'string') return [{ path, message: numberInsideWords(input) }];
      if (issue.expected === 'string' && typeof input === 'number' && /date|as_of|published|occurred|discovered|secured|made_public|added|modified|accessed/.test(String(path.at(-1)))) {
        return [{ path, message: `write the date in quotes, such as "${input}"` }];
      }
      return [{ path, message: `expected ${issue.expected}, got ${input === null ? 'nothing' : Array.isArray(input) ? 'a list' : typeof input === 'object' ? 'a mapping' : `${typeof input} ${show(input)}`}` }];
    }
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'schema_version') {
        if (input === undefined) return [{ path, message: VERSION_1_MESSAGE }];
        return [{ path, message: `schema_version ${show(input)} is not supported: write \`schema_version: ${SCHEMA_VERSION}\`` }];
      }
      if (input === undefined) return [{ path, message: `missing required field "${String(path.at(-1) ?? '')}"` }];
      const values = issue.values.map(String);
      if (String(path.at(-1)) === 'currency') return [{ path, message: currencyMessage(input) }];
      if (values.length > 60) {
        const hint = countryHint(input, values, (c) => `"${c}"`);
        return [{ path, message: `${show(input)} is not an ISO 3166-1 alpha-2 country code (such as FR, IT, US)${hint}` }];
      }
      const guess = typeof input === 'string' ? closest(input, values) : undefined;
      return [{ path, message: `${show(input)} is not allowed; use one of: ${values.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}` }];
    }
    case 'invalid_union': {
      if (String(path.at(-1)) === 'value') {
        const alternative = `; or \`value: ${NOT_DISCLOSED}\` when the source says there is a number but gives none`;
        if (typeof input === 'string' && !/\d/.test(input)) {
          return [{ path, message: `the value must be a number, not text: got ${show(input)}; write the number in digits${alternative}` }];
        }
        if (typeof input === 'string') return [{ path, message: `${numberInsideWords(input)}${alternative}` }];
        if (typeof input === 'number') {
          return [{ path, message: input < 0 ? 'the value must not be negative' : `the value ${input} is too large: at most 1e16` }];
        }
        if (input === undefined) return [{ path, message: 'missing required field "value"' }];
        return [{ path, message: `expected a number, got ${input === null ? 'nothing' : typeof input}${alternative}` }];
      }
      if (String(path.at(-1)) === 'scope') {
        const up = typeof input === 'string' ? input.toUpperCase() : '';
        const alias = COUNTRY_ALIASES[up];
        const hint = alias ? `; the ISO code for ${alias.name} is "${alias.code}"` : up.length === 2 && up !== input ? ` ("${up}")` : '';
        return [{ path, message: `${show(input)} is not a scope: use world or an ISO 3166-1 alpha-2 country code in capitals${hint}` }];
      }
      return [{ path, message: issue.message }];
    }
    case 'invalid_format': {
      if (String(path.at(-1)) === 'language') return [{ path, message: languageMessage(input) }];
      const got = typeof input === 'string' ? `: got ${show(input)}` : '';
      const extra = typeof input === 'string' && /^http:\/\//i.test(input) ? '; the same address with https:// usually works' : '';
      return [{ path, message: `${issue.message}${got}${typeof input === 'string' ? isoHint(input) : ''}${extra}` }];
    }
    case 'too_small': {
      if (issue.origin === 'array' && String(path.at(-1)) === 'sources') {
        return [{ path, message: 'needs at least one source: every record rests on at least one public, credible source' }];
      }
      if (issue.origin === 'array') return [{ path, message: `needs at least ${String(issue.minimum)} item(s)` }];
      if (issue.origin === 'string') return [{ path, message: 'must not be empty' }];
      return [{ path, message: `must be at least ${String(issue.minimum)}` }];
    }
    case 'too_big': {
      if (issue.origin === 'string') return [{ path, message: `is too long: at most ${String(issue.maximum)} characters` }];
      return [{ path, message: `must be at most ${String(issue.maximum)}` }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}
