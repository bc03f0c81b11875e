/** Reading the built site: $SITE_DIST, else apps/site/dist (turbo builds it before the tests run). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir } from '../scripts/qa/dist.mjs';
import { tags as allTags } from '../scripts/qa/html.mjs';

export const DIST = distDir();

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST} holds no site: run \`npx turbo run build --filter=@atlas/site\` (turbo runs it before \`test\`), or point SITE_DIST at a build.`);
  }
}

/** Every file under the site with the given extension, as paths relative to it with forward slashes. */
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

/** The attributes (decoded) of every start tag of a name in an HTML string (scripts/qa/html.mjs reads them). */
export function tags(html: string, name: string): Record<string, string>[] {
  return [...allTags(html)].filter((t) => t.name === name).map((t) => t.attrs);
}

/** An attribute's value in a tag's attributes. */
export function attr(tag: Record<string, string>, name: string): string | undefined {
  return tag[name];
}

/** The outermost <svg> elements of a page, whole: a fluid chart nests <svg> elements to place its marks. */
export function outerSvgs(html: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of html.matchAll(/<svg\b|<\/svg>/g)) {
    if (m[0] === '</svg>') {
      depth--;
      if (depth === 0) found.push(html.slice(start, (m.index ?? 0) + 6));
    } else if (depth++ === 0) start = m.index ?? 0;
  }
  return found;
}
