/**
 * Locale-aware paths. English lives at the root, French and Italian under
 * /fr/ and /it/ (Astro i18n with prefixDefaultLocale: false). Pages use one
 * file for all three languages through a `[...locale]` rest parameter that is
 * undefined for English.
 */
import { LOCALES, type Locale } from '@atlas/schema';

export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = 'en';
export const SITE = 'https://patient-privacy-atlas.org';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `/incidents/` in English, `/fr/incidents/` in French. `path` starts with "/". */
export function localePath(locale: Locale, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
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

/** getStaticPaths helper: one entry per locale, with extra params and props. */
export function perLocale<P extends Record<string, string>, T>(
  each: (locale: Locale) => { params?: P; props?: T }[],
): { params: P & { locale: string | undefined }; props: T & { locale: Locale } }[] {
  return LOCALES.flatMap((locale) =>
    each(locale).map((entry) => ({
      params: { ...(entry.params ?? ({} as P)), locale: localeParam(locale) },
      props: { ...(entry.props ?? ({} as T)), locale },
    })),
  );
}

/** Splits a pathname into its locale and the path without the locale prefix. */
export function splitLocale(pathname: string): { locale: Locale; rest: string } {
  const m = /^\/(fr|it)(\/.*|$)/.exec(pathname);
  if (m && isLocale(m[1])) return { locale: m[1], rest: m[2] || '/' };
  return { locale: DEFAULT_LOCALE, rest: pathname };
}
