/**
 * The one cache of Intl objects for the charts and the site. Intl objects are
 * costly to build and pages ask for the same few thousands of times at scale:
 * one of each per locale and options, keyed by the caller's name for the options.
 */
import type { Locale } from '@atlas/schema';

const intlCache = new Map<string, unknown>();
function cached<T>(id: string, make: () => T): T {
  let v = intlCache.get(id) as T | undefined;
  if (v === undefined) {
    v = make();
    intlCache.set(id, v);
  }
  return v;
}

/** A cached Intl.NumberFormat; `key` names the options. */
export function nf(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`nf|${locale}|${key}`, () => new Intl.NumberFormat(locale, options));
}

/** A cached Intl.DateTimeFormat; `key` names the options. */
export function dtf(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`dtf|${locale}|${key}`, () => new Intl.DateTimeFormat(locale, options));
}

/** A cached Intl.DisplayNames with `fallback: 'code'`, for regions or languages named in `locale`. */
export function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  return cached(`dn|${locale}|${type}`, () => new Intl.DisplayNames([locale], { type, fallback: 'code' }));
}

export const collator = (locale: Locale): Intl.Collator => cached(`collator|${locale}`, () => new Intl.Collator(locale));
export const pluralRules = (locale: Locale): Intl.PluralRules => cached(`plural|${locale}`, () => new Intl.PluralRules(locale));
/** A cached Intl.ListFormat joining with "and" ("France and Italy", "la France et l'Italie"). */
export const andList = (locale: Locale): Intl.ListFormat => cached(`list-and|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' }));
