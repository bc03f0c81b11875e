// i18n-iso-countries ships the ISO 3166-1 table as data; we use only its codes.
// Names shown to readers come from Intl.DisplayNames, never from a list of ours.
// A CommonJS package: Node gives its exports as the default import, and esbuild bundles
// it into the validation worker's script (@atlas/data worker-script.ts).
import isoCountries from 'i18n-iso-countries';

/** Every ISO 3166-1 alpha-2 code, sorted. */
export const COUNTRY_CODES = Object.keys(isoCountries.getAlpha2Codes()).sort() as [string, ...string[]];

const codes = new Set(COUNTRY_CODES);
export function isCountryCode(code: string): boolean {
  return codes.has(code);
}
