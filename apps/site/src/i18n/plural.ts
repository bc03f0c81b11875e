/**
 * Counted nouns through Intl.PluralRules: "1 record", "2 records"; French
 * counts 0 and 1 as singular ("0 fiche", "1 fiche"). `#` in a form is the
 * count, grouped for the locale. A locale's `many` (French and Italian use it
 * for round millions) falls back to `other` unless given.
 */
import { integers, pluralRules } from '../model/intl.ts';
import type { Locale } from '../model/locale.ts';

export interface PluralForms {
  one: string;
  other: string;
  many?: string;
}

export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = pluralRules(locale).select(n);
  const form = category === 'one' ? forms.one : category === 'many' ? (forms.many ?? forms.other) : forms.other;
  return form.replace('#', integers(locale).format(n));
}
