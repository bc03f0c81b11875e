/// <reference lib="dom" />
/**
 * What a chart looks like once a browser has laid it out, checked in the
 * page: `inspectCharts` is passed to Playwright's page.evaluate, so it must
 * stay self-contained (no imports, no closures). The site's browser test
 * (apps/site/test/browser/charts.test.ts) runs the same function over the
 * built pages, with the real dataset's figures.
 *
 * For every <svg role="img"> matching the selector it reports:
 * - a visible text or mark drawn outside the SVG's box;
 * - two visible texts that overlap, or a text over a dot, arrow or cell;
 * - a shortened text ("…") without its full text in a <title>;
 * - a valued row (`.chart-dot`, `.chart-bar`) without a visible, unshortened figure (`.chart-value`);
 * and, for fluid charts (class `chart-fluid`), the rendered size of every
 * visible text: its computed font-size times the SVG's scale on screen.
 */
export interface ChartReport {
  name: string;
  fluid: boolean;
  width: number;
  problems: string[];
  /** Rendered font sizes in CSS px (rounded to 0.1), one per visible text. */
  sizes: number[];
  /** The visible texts that end with "…". */
  shortened: string[];
}

export function inspectCharts(selector: string): ChartReport[] {
  const SLACK = 0.75;
  const shown = (el: Element, root: Element): boolean => {
    for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
      if (getComputedStyle(e).display === 'none' || getComputedStyle(e).visibility === 'hidden') return false;
    }
    return true;
  };
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}>${(el.textContent ?? '').slice(0, 60)}`;
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const reports: ChartReport[] = [];
  for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>(selector))) {
    if (svg.getAttribute('role') !== 'img') continue;
    const box = svg.getBoundingClientRect();
    const problems: string[] = [];
    const sizes: number[] = [];
    const shortened: string[] = [];
    const inside = (r: DOMRect) =>
      r.left >= box.left - SLACK && r.right <= box.right + SLACK && r.top >= box.top - SLACK && r.bottom <= box.bottom + SLACK;
    const texts = Array.from(svg.querySelectorAll<SVGTextElement>('text')).filter((t) => shown(t, svg) && (t.textContent ?? '').trim() !== '');
    const marks = Array.from(svg.querySelectorAll<SVGGraphicsElement>('circle, rect, line, path, polygon')).filter(
      (m) => !m.closest('defs, pattern, clipPath, mask, symbol') && shown(m, svg),
    );
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      if (!inside(r)) problems.push(`outside: ${describe(t)} at ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
      const own = Array.from(t.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('');
      if (own.endsWith('…')) shortened.push(own);
      if (own.endsWith('…') && !t.querySelector('title')) problems.push(`shortened without a <title>: ${describe(t)}`);
      const ctm = t.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      sizes.push(Math.round(Number.parseFloat(getComputedStyle(t).fontSize) * scale * 10) / 10);
    }
    for (const m of marks) {
      const r = m.getBoundingClientRect();
      if ((r.width > 0 || r.height > 0) && !inside(r)) problems.push(`outside: ${describe(m)} at ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
    }
    // Text over text; text over a dot, an arrow or a filled cell (the tick inside a cell is its own mark).
    const rects = texts.map((t) => ({ t, r: t.getBoundingClientRect() }));
    for (let i = 0; i < rects.length; i++) {
      const a = rects[i];
      if (!a || a.t.getAttribute('aria-hidden') === 'true') continue;
      for (let j = i + 1; j < rects.length; j++) {
        const b = rects[j];
        if (!b || b.t.getAttribute('aria-hidden') === 'true') continue;
        // Glyph boxes include line gaps: a few px² between stacked lines is not an overlap.
        if (overlap(a.r, b.r) > 0.15 * Math.min(a.r.width * a.r.height, b.r.width * b.r.height)) {
          problems.push(`overlap: ${describe(a.t)} / ${describe(b.t)}`);
        }
      }
    }
    const solid = marks.filter((m) => m.tagName === 'circle' || m.tagName === 'polygon' || (m.tagName === 'rect' && m.closest('g.on')));
    for (const { t, r } of rects) {
      if (t.getAttribute('aria-hidden') === 'true' || t.closest('.chart-legend')) continue;
      for (const m of solid) {
        if (m.closest('.chart-legend')) continue;
        const mr = m.getBoundingClientRect();
        if (overlap(r, mr) > 4) problems.push(`text over a mark: ${describe(t)}`);
      }
    }
    for (const row of Array.from(svg.querySelectorAll('.chart-dot, .chart-bar'))) {
      const values = Array.from(row.querySelectorAll('.chart-value')).filter((v) => shown(v, svg));
      const ok = values.some((v) => {
        const r = v.getBoundingClientRect();
        return r.width > 0 && inside(r) && !(v.textContent ?? '').endsWith('…');
      });
      if (!ok) problems.push(`no visible figure: ${describe(row)}`);
    }
    reports.push({
      name: svg.getAttribute('aria-labelledby') ?? '?',
      fluid: svg.classList.contains('chart-fluid'),
      width: Math.round(box.width),
      problems,
      sizes,
      shortened,
    });
  }
  return reports;
}
