/**
 * Labels through Intl and @atlas/charts only: numbers, figures, dates,
 * country and language names. No hand-written lists of names.
 */
import { countryName, formatNumber, formatPartialDate, formatQualified } from '@atlas/charts';
import { BYTE_UNITS, METRICS, NOT_DISCLOSED, QUALIFIERS, type Term, termOf, VALUE_STATUSES } from '@atlas/schema';
import type { Figure, LocalizedText } from '@atlas/schema';
import { t } from '../i18n/index.ts';
import { integers, languageNames, longDates, money } from './intl.ts';
import type { Locale } from './locale.ts';

export { countryName, formatNumber };

/**
 * A figure as its source put it: "more than 24 million", "plus de 24 millions";
 * "not disclosed" (never 0) when the source gives no number; a data volume in
 * the unit the source used ("900 GB", "900 Go"); an amount in its currency,
 * formatted by Intl in the page's locale ("€608,000", "608 000 €").
 */
export function figureLabel(f: Pick<Figure, 'value' | 'qualifier'> & Partial<Pick<Figure, 'currency' | 'unit_as_reported'>>, locale: Locale): string {
  if (f.value === NOT_DISCLOSED) return termOf(VALUE_STATUSES, NOT_DISCLOSED).label[locale];
  const qualifier = f.qualifier ?? 'exact';
  if (f.unit_as_reported !== undefined) {
    const unit = termOf(BYTE_UNITS, f.unit_as_reported);
    return `${formatQualified(f.value / unit.bytes, qualifier, locale)}\u00a0${unit.label[locale]}`;
  }
  if (f.currency !== undefined) return moneyLabel(f.value, f.currency, qualifier, locale);
  return formatQualified(f.value, qualifier, locale);
}

/** An amount as its source gave it, in its own currency: never converted, never summed. */
export function moneyLabel(value: number, currency: string, qualifier: Figure['qualifier'] | undefined, locale: Locale): string {
  const amount = money(locale, currency, !Number.isInteger(value)).format(value);
  const q = qualifier ?? 'exact';
  return q === 'exact' || q === 'multiples-of' ? amount : `${termOf(QUALIFIERS, q).label[locale]} ${amount}`;
}

/** A count of our own (records, rows), grouped per locale. */
export function count(n: number, locale: Locale): string {
  return integers(locale).format(n);
}

/** A full date (YYYY-MM-DD) in words: "25 November 2026", "25 novembre 2026". */
export function longDate(date: string, locale: Locale): string {
  return longDates(locale).format(new Date(`${date}T00:00:00Z`));
}

/** "2019", "September 2019", "17 September 2019": never more precise than given. */
export function partialDate(date: string, locale: Locale): string {
  return formatPartialDate(date, locale);
}

/** `world` or a country code, named in the locale. */
export function scopeName(scope: string, locale: Locale): string {
  return scope === 'world' ? t(locale).incident.world : countryName(scope, locale);
}

/** A vocabulary label in the locale. */
export function termLabel(terms: readonly Term[], id: string, locale: Locale): string {
  return termOf(terms, id).label[locale];
}

export function metricLabel(metric: string, locale: Locale): string {
  return termLabel(METRICS, metric, locale);
}

// Number words that are nouns and need a preposition before what they count:
// "hundreds of thousands of images", "2,6 millions d'images", "400 milioni di immagini".
const NOUN_NUMBER: Record<Locale, RegExp> = {
  en: /\b(hundreds|thousands)$/,
  fr: /\b(centaines|milliers|millions?|milliards?)$/,
  it: /\b(centinaia|migliaia|milion[ei]|miliard[oi])$/,
};

/** The words between a figure and its metric: " of ", " d'", " de ", " di " or a space. */
export function connector(number: string, noun: string, locale: Locale): string {
  if (!NOUN_NUMBER[locale].test(number)) return ' ';
  if (locale === 'en') return ' of ';
  if (locale === 'it') return ' di ';
  return /^[aeiouyhàâéèêëîïôöûü]/i.test(noun) ? ' d\u2019' : ' de ';
}

/** A figure with what it counts, in lower case: "more than 24 million records or studies", "2,6 millions d'images". */
export function figureWithMetric(f: Pick<Figure, 'value' | 'qualifier' | 'metric'>, locale: Locale): { number: string; joiner: string; metric: string } {
  const number = figureLabel(f, locale);
  const metric = metricLabel(f.metric, locale).toLocaleLowerCase(locale);
  return { number, joiner: connector(number, metric, locale), metric };
}

export function qualifierLabel(q: string, locale: Locale): string {
  return termLabel(QUALIFIERS, q, locale);
}

/** "Label: value", with the no-break space French puts before a colon ("Catégorie : …"). */
export function labelled(label: string, value: string, locale: Locale): string {
  return `${label}${locale === 'fr' ? '\u00a0: ' : ': '}${value}`;
}

/** Text in the page's language, or the English text with `translated: false`. */
export function localized(text: LocalizedText, locale: Locale): { text: string; lang: Locale; translated: boolean } {
  const own = text[locale];
  if (own) return { text: own, lang: locale, translated: true };
  return { text: text.en, lang: 'en', translated: locale === 'en' };
}

/** Names already made, by `inLocale:code`: the language switcher asks for three on every page. */
const languageLabels = new Map<string, string>();
/** A language's name, e.g. "Français" in French; `inLocale` defaults to the language itself. */
export function languageName(code: string, inLocale: string = code): string {
  const key = `${inLocale}:${code}`;
  const known = languageLabels.get(key);
  if (known !== undefined) return known;
  const name = languageNames(inLocale).of(code) ?? code;
  const label = name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
  languageLabels.set(key, label);
  return label;
}
