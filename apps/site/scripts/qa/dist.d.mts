export const SITE_ORIGIN: string;
export const LANGUAGES: readonly string[];
export function distDir(): string;
export function routeLanguage(pathname: string): string;
export function sitemapPaths(dir?: string): string[];
export function htmlFiles(dir?: string): string[];
export function pathOfFile(file: string): string;
export function pageType(pathname: string): string;
