/**
 * The site's Intl objects, made once per locale and options. Formatters are
 * costly to construct and the build formats hundreds of thousands of values.
 */
import type { Locale } from './locale.ts';

const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  let hit = made.get(key) as T | undefined;
  if (hit === undefined) {
    hit = make();
    made.set(key, hit);
  }
  return hit;
}

/** Grouped integers of our own (records, rows, pages): "1,002", "1 002". */
export const integers = (locale: Locale): Intl.NumberFormat => once(`int|${locale}`, () => new Intl.NumberFormat(locale));
/** Full dates in words: "25 November 2026". */
export const longDates = (locale: Locale): Intl.DateTimeFormat =>
  once(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
/** Sizes of downloads: "12.3 kB". */
export const kilobytes = (locale: Locale): Intl.NumberFormat =>
  once(`kb|${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }));
export const pluralRules = (locale: Locale): Intl.PluralRules => once(`plural|${locale}`, () => new Intl.PluralRules(locale));
export const collator = (locale: Locale): Intl.Collator => once(`collator|${locale}`, () => new Intl.Collator(locale));
export const languageNames = (inLocale: string): Intl.DisplayNames =>
  once(`lang|${inLocale}`, () => new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'code' }));
