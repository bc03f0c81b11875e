// Just enough HTML reading for the static checks of the built site: the
// attributes of tags, and the ids a page defines. Astro writes well-formed
// HTML with quoted attributes; scripts, styles and comments are stripped first
// so that text inside them is never mistaken for markup.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of an attribute value. */
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The markup without comments and without the text of script, style, textarea and title elements. */
export function stripRawText(html) {
  // Keeps the newlines of what it removes, so that line numbers still match the file.
  const lines = (s) => s.replace(/[^\n]/g, '');
  return html
    .replace(/<!--[\s\S]*?-->/g, lines)
    .replace(/<(script|style|textarea|title)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi, (_, name, attrs, body) => `<${name}${attrs}>${lines(body)}</${name}>`);
}

/** Every start tag: its lower-cased name, attributes (decoded) and line number. */
export function* tags(html) {
  const markup = stripRawText(html);
  const tagRe = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*?)?\/?>/g;
  const attrRe = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  let line = 1;
  let last = 0;
  for (const m of markup.matchAll(tagRe)) {
    for (let i = last; i < m.index; i++) if (markup.charCodeAt(i) === 10) line++;
    last = m.index;
    const attrs = {};
    for (const a of (m[2] ?? '').matchAll(attrRe)) attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    yield { name: m[1].toLowerCase(), attrs, line };
  }
}

/** The fragment targets a page defines: every id, and the name of every <a name>. */
export function anchorsOf(html) {
  const ids = new Set();
  for (const t of tags(html)) {
    if (t.attrs.id !== undefined) ids.add(t.attrs.id);
    if (t.name === 'a' && t.attrs.name !== undefined) ids.add(t.attrs.name);
  }
  return ids;
}

/** Attributes that name a URL the browser follows or loads, by tag. */
const URL_ATTRS = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Every URL a page links to or loads, with the tag, attribute and line that name it. */
export function* urlsOf(html) {
  for (const t of tags(html)) {
    for (const attr of URL_ATTRS[t.name] ?? []) {
      const value = t.attrs[attr];
      if (value === undefined) continue;
      const values = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean) : [value.trim()];
      for (const url of values) yield { url, tag: t.name, attr, line: t.line, rel: t.attrs.rel };
    }
    if (t.name === 'meta' && /^refresh$/i.test(t.attrs['http-equiv'] ?? '')) {
      const m = /url\s*=\s*['"]?([^'"]+)/i.exec(t.attrs.content ?? '');
      if (m) yield { url: m[1].trim(), tag: 'meta', attr: 'content', line: t.line };
    }
  }
}
