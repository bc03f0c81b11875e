import { createRequire } from 'node:module';

// i18n-iso-countries ships the ISO 3166-1 table as data; we use only its codes.
// Names shown to readers come from Intl.DisplayNames, never from a list of ours.
const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };

/** Every ISO 3166-1 alpha-2 code, sorted. */
export const COUNTRY_CODES = Object.keys(isoCountries.getAlpha2Codes()).sort() as [string, ...string[]];

const codes = new Set(COUNTRY_CODES);
export function isCountryCode(code: string): boolean {
  return codes.has(code);
}
