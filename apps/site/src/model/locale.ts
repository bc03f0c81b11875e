/**
 * Where each page lives, per language. English is at the root, French and
 * Italian under /fr/ and /it/ (Astro i18n with prefixDefaultLocale: false).
 * Pages use one file for all three languages through a `[...locale]` rest
 * parameter that is undefined for English.
 */
import { LOCALES, type Locale } from '@atlas/schema';
import site from './site.json';

export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The site's origin, from site.json (which the plain-Node QA scripts read
 * too): canonical links, hreflang alternates, the sitemap, the RSS feed,
 * citations and embed snippets all name it.
 */
export const SITE_ORIGIN: string = site.origin;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `/incidents/` in English, `/fr/incidents/` in French. `path` starts with "/". */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The absolute URL of a path in a locale. */
export function siteUrl(locale: Locale, path: string): string {
  return `${SITE_ORIGIN}${localePath(locale, path)}`;
}

/** The `[...locale]` route parameter for a locale: undefined for the default. */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The locale of a `[...locale]` route parameter. */
export function localeOf(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if (!isLocale(param)) throw new Error(`unknown locale in the URL: ${param}`);
  return param;
}

/** Splits a pathname into its locale and the path without the locale prefix. */
export function splitLocale(pathname: string): { locale: Locale; rest: string } {
  const first = pathname.split('/')[1] ?? '';
  if (first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, rest: pathname.slice(first.length + 1) || '/' };
  return { locale: DEFAULT_LOCALE, rest: pathname };
}

/** The locale of a page from Astro.currentLocale (MDX components have no route parameters): English unless it names another. */
export function pageLocale(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}
