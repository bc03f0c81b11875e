/**
 * Portable SVG (issue 17): every SVG the site ships, inline in a page (chart
 * and embed pages), as a chart download, or as a file of public/, is
 * self-contained: no reference outside itself, no @import, no web font, and
 * its words are <text>, not paths. Reads the built site ($SITE_DIST or dist/).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from '../../scripts/qa/dist.mjs';
import { outerSvgs } from '../helpers.ts';

const dir = distDir();

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** What makes an SVG depend on something outside itself; an empty list when it stands alone. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  for (const m of svg.matchAll(/\s(?:xlink:)?href\s*=\s*"([^"]*)"/g)) if (!(m[1] ?? '').startsWith('#')) problems.push(`reference ${m[1]}`);
  for (const m of svg.matchAll(/url\(\s*['"]?([^'")]*)/g)) if (!(m[1] ?? '').startsWith('#')) problems.push(`url(${m[1]})`);
  if (/@import/i.test(svg)) problems.push('@import');
  if (/@font-face/i.test(svg)) problems.push('@font-face (web font)');
  if (/<(?:image|foreignObject|script)\b/i.test(svg)) problems.push('image, foreignObject or script element');
  return problems;
}

const fileSvgs = existsSync(dir) ? walk(dir).filter((f) => f.endsWith('.svg')) : [];
const inlineSvgs = existsSync(dir)
  ? htmlFiles(dir).flatMap((f: string) => outerSvgs(readFileSync(join(dir, f), 'utf8')).map((svg, i) => ({ where: `${f} #${i + 1}`, svg })))
  : [];

describe('portable SVG', () => {
  it('the checker finds each kind of outside dependency', () => {
    expect(svgProblems('<svg><text>7</text><use href="#a"/></svg>')).toEqual([]);
    expect(svgProblems('<svg><image href="https://example.org/x.png"/></svg>')).toHaveLength(2);
    expect(svgProblems('<svg><style>@import url(x.css)</style></svg>')).toEqual(['url(x.css)', '@import']);
    expect(svgProblems('<svg><style>@font-face{font-family:a}</style></svg>')).toEqual(['@font-face (web font)']);
  });

  it('finds whole SVGs, nested ones included', () => {
    expect(outerSvgs('<p><svg a><svg x="5%"><circle/></svg><text>7</text></svg><svg b></svg></p>')).toEqual([
      '<svg a><svg x="5%"><circle/></svg><text>7</text></svg>',
      '<svg b></svg>',
    ]);
  });

  it('the site ships chart downloads and inline chart SVGs', () => {
    expect(fileSvgs.filter((f) => f.includes(`${join('charts', 'en')}`)).length).toBeGreaterThan(0);
    expect(inlineSvgs.length).toBeGreaterThan(0);
  });

  it('every SVG file (downloads, icons) stands alone and keeps its words as text', () => {
    const bad: string[] = [];
    for (const f of fileSvgs) {
      const svg = readFileSync(f, 'utf8');
      for (const p of svgProblems(svg)) bad.push(`${relative(dir, f)}: ${p}`);
      // A chart download keeps its words; the map's picture has none (the page writes its key as text).
      if (f.endsWith('.picture.svg')) {
        if (/<text\b/.test(svg)) bad.push(`${relative(dir, f)}: words in a picture, which scale with the image`);
      } else if (f.includes(join('charts', '')) && !/<text\b/.test(svg)) bad.push(`${relative(dir, f)}: no <text>`);
    }
    expect(bad).toEqual([]);
  });

  it('every inline SVG of every page (charts, embeds) stands alone', () => {
    const bad = inlineSvgs.flatMap(({ where, svg }) => svgProblems(svg).map((p) => `${where}: ${p}`));
    expect(bad).toEqual([]);
  });
});
