/**
 * The site's Intl objects, named for what the pages use them for. They come from the one
 * cache in @atlas/charts (one object per locale and options), which the charts share, so a
 * formatter is built once per build whoever asks for it first.
 */
import { andList, collator, displayNames, dtf, nf, pluralRules } from '@atlas/charts';
import type { Locale } from './locale.ts';

/** Grouped integers of our own (records, rows, pages): "1,002", "1 002". */
export const integers = (locale: Locale): Intl.NumberFormat => nf(locale, 'integer', {});
/** Full dates in words: "25 November 2026". */
export const longDates = (locale: Locale): Intl.DateTimeFormat => dtf(locale, 'long-utc', { dateStyle: 'long', timeZone: 'UTC' });
/** Sizes of downloads: "12.3 kB". */
export const kilobytes = (locale: Locale): Intl.NumberFormat =>
  nf(locale, 'kilobyte', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
/** An amount in an ISO 4217 currency, as precise as given: "€608,000", "608 000 €", "608.000 €". */
export const money = (locale: Locale, currency: string, cents: boolean): Intl.NumberFormat =>
  nf(locale, `currency-${currency}-${cents}`, { style: 'currency', currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 });
export { andList, collator, pluralRules };
export const languageNames = (inLocale: string): Intl.DisplayNames => displayNames(inLocale, 'language');
