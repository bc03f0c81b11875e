/** Reading the built site in dist/ (turbo builds it before the tests run). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('apps/site/dist is missing: run `npx turbo run build --filter=@atlas/site` (turbo runs it before `test`).');
  }
}

/** Every file under dist/ with the given extension, as paths relative to dist/ with forward slashes. */
export function files(ext: string, dir = DIST, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(ext, path, out);
    else if (name.endsWith(ext)) out.push(relative(DIST, path).split(sep).join('/'));
  }
  return out;
}

export function read(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export function exists(path: string): boolean {
  return existsSync(join(DIST, path));
}

/** The file a site path is served from (folders serve index.html), or undefined. */
export function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const c of candidates) {
    const rel = c.replace(/^\//, '');
    if (existsSync(join(DIST, rel)) && statSync(join(DIST, rel)).isFile()) return rel;
  }
  return undefined;
}

/** Every tag of a name in an HTML string. */
export function tags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((m) => m[0]);
}

/** An attribute's value in a start tag, with the few entities Astro writes decoded. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const raw = m?.slice(1).find((v) => v !== undefined);
  return raw === undefined ? undefined : decode(raw);
}

export function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The ids defined in a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*"([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
}
