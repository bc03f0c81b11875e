/**
 * Number and date labels for every figure on the site, through Intl only.
 * The rule: a label never claims more precision than the source, and never
 * hides precision the source gave. So a number is written in the compact long
 * form ("2.6 million", "2,6 millions") only when that form is the exact value.
 */
import { type Locale, parsePartialDate, QUALIFIERS, type Qualifier, termOf } from '@atlas/schema';
import { dtf, nf } from './intl.ts';
import type { PartialDate } from './types.ts';

/** Values from this size up are written in words ("389 million") when that is exact. */
const COMPACT_FROM = 1_000_000;

/**
 * Formats a count for a label: "187", "899,999", "2.6 million", "2,6 millions",
 * "400 milioni", "1.5 billion". Large values use the compact long form only when
 * it equals the value (at most three significant digits); otherwise all digits
 * are grouped ("2,649,123"). Non-finite input gives "–" (never "NaN").
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '–';
  return remembered(numberLabels, locale, value, formatFinite);
}

/**
 * Labels already written, per locale and value: the same few thousand numbers
 * and dates are formatted again on every page and chart that shows them (at
 * 10,000 incidents, millions of calls), and a label depends on nothing else.
 * A locale's map is emptied past 50,000 labels, so memory stays bounded.
 */
type Labels<K> = Map<Locale, Map<K, string>>;
const numberLabels: Labels<number> = new Map();
const tickLabels: Labels<number> = new Map();
const dateLabels: Labels<PartialDate> = new Map();
function remembered<K>(cache: Labels<K>, locale: Locale, value: K, make: (value: K, locale: Locale) => string): string {
  // A Map holds 0 and -0 under one key, and Intl writes them differently.
  if (value === 0) return make(value, locale);
  let labels = cache.get(locale);
  if (!labels) {
    labels = new Map();
    cache.set(locale, labels);
  }
  let label = labels.get(value);
  if (label === undefined) {
    label = make(value, locale);
    if (labels.size >= 50_000) labels.clear();
    labels.set(value, label);
  }
  return label;
}

function formatFinite(value: number, locale: Locale): string {
  const abs = Math.abs(value);
  if (abs >= COMPACT_FROM) {
    const compact = nf(locale, 'compact', {
      notation: 'compact',
      compactDisplay: 'long',
      maximumSignificantDigits: 3,
    });
    const rounded = Number(abs.toPrecision(3));
    if (rounded === abs) return compact.format(value);
  }
  return nf(locale, 'plain', { maximumFractionDigits: 2 }).format(value);
}

/** Short axis tick label: "100K", "1M" in English, "1 M", "1 Md" in French, "1 Mln" in Italian. */
export function formatTick(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '–';
  return remembered(tickLabels, locale, value, finiteTick);
}

function finiteTick(value: number, locale: Locale): string {
  if (Math.abs(value) < 10_000) return nf(locale, 'plain', { maximumFractionDigits: 2 }).format(value);
  return nf(locale, 'short', { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 }).format(value);
}

/** Orders of magnitude in words, by power of ten ("hundreds of thousands" is 10^5). */
const MAGNITUDES: Record<Locale, Record<number, string>> = {
  en: {
    1: 'tens',
    2: 'hundreds',
    3: 'thousands',
    4: 'tens of thousands',
    5: 'hundreds of thousands',
    6: 'millions',
    7: 'tens of millions',
    8: 'hundreds of millions',
    9: 'billions',
    10: 'tens of billions',
    11: 'hundreds of billions',
  },
  fr: {
    1: 'dizaines',
    2: 'centaines',
    3: 'milliers',
    4: 'dizaines de milliers',
    5: 'centaines de milliers',
    6: 'millions',
    7: 'dizaines de millions',
    8: 'centaines de millions',
    9: 'milliards',
    10: 'dizaines de milliards',
    11: 'centaines de milliards',
  },
  it: {
    1: 'decine',
    2: 'centinaia',
    3: 'migliaia',
    4: 'decine di migliaia',
    5: 'centinaia di migliaia',
    6: 'milioni',
    7: 'decine di milioni',
    8: 'centinaia di milioni',
    9: 'miliardi',
    10: 'decine di miliardi',
    11: 'centinaia di miliardi',
  },
};

/** The power of ten of a multiples-of value, or null when it is not one. */
export function powerOfTen(value: number): number | null {
  if (!(value > 0) || !Number.isFinite(value)) return null;
  const p = Math.round(Math.log10(value));
  return 10 ** p === value ? p : null;
}

/**
 * A figure as the source put it: "about 400 million", "plus de 2,6 millions",
 * "circa 400 milioni", "nearly 900,000". For `multiples-of` the value is a power
 * of ten and the label is the order of magnitude: 100000 gives "hundreds of
 * thousands", "centaines de milliers", "centinaia di migliaia".
 * In French the partitive "des" is kept so the phrase reads on its own; a caller
 * writing "plus de …" should not combine it with multiples-of.
 */
export function formatQualified(value: number, qualifier: Qualifier, locale: Locale): string {
  if (!Number.isFinite(value)) return '–';
  // The words before the number are the qualifier's label in the schema's vocabulary: one home for them.
  const words = termOf(QUALIFIERS, qualifier).label[locale];
  if (qualifier === 'multiples-of') {
    const p = powerOfTen(value);
    return (p === null ? undefined : MAGNITUDES[locale][p]) ?? `${words} ${formatNumber(value, locale)}`;
  }
  const number = formatNumber(value, locale);
  return qualifier === 'exact' ? number : `${words} ${number}`;
}

/** A partial date in words, no more precise than it is: "2019", "September 2019", "17 septembre 2019". */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  return remembered(dateLabels, locale, date, formatPartialDateUncached);
}

function formatPartialDateUncached(date: PartialDate, locale: Locale): string {
  const p = parsePartialDate(date);
  if (!p) return date;
  const options: Intl.DateTimeFormatOptions =
    p.precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : p.precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dtf(locale, `partial-${p.precision}`, options).format(p.start);
}

/** A qualifier's name in the locale, for table columns: "more than", "plus de", "exactly (as stated)". */
export function qualifierLabel(id: Qualifier, locale: Locale): string {
  return termOf(QUALIFIERS, id).label[locale];
}
