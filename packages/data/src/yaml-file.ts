/**
 * Reads one incident file safely: size, binary and encoding checks, YAML
 * parsing with positions, bounded aliases and no duplicate keys. Nothing here
 * throws on bad input; every problem becomes a Diagnostic.
 */
import jsyaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';

export const MAX_FILE_BYTES = 1024 * 1024;
/** Incident files never need aliases; a small bound defeats "billion laughs" documents. */
export const MAX_ALIAS_COUNT = 50;

export interface ParsedFile {
  file: string;
  data: unknown;
  /** Position of a field path, falling back to the nearest ancestor that exists. */
  locate(path: readonly PropertyKey[], opts?: { key?: boolean }): { line: number; col: number };
}

export type ReadResult = { ok: true; parsed: ParsedFile } | { ok: false; diagnostics: Diagnostic[] };

const whole = (file: string, message: string, line = 1, col = 1): Diagnostic => ({ file, line, col, field: '(file)', message });

export function parseIncidentFile(file: string, bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, diagnostics: [whole(file, `file is ${bytes.byteLength} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MB)`)] };
  }
  if (bytes.includes(0)) return { ok: false, diagnostics: [whole(file, 'file is binary (it contains NUL bytes); an incident must be a UTF-8 YAML text file')] };
  let text: string;
  try {
    text = decodeText(bytes);
  } catch {
    return { ok: false, diagnostics: [whole(file, 'file is not valid UTF-8 text')] };
  }
  if (text.trim() === '' || /^(\s*#[^\n]*\n?)*\s*$/.test(text)) {
    return { ok: false, diagnostics: [whole(file, 'file is empty; start from `npm run new-incident`')] };
  }

  return fastParse(file, text) ?? slowParse(file, text);
}

// An alias is `*name` at the start of a value or flow item. Plain text with a
// star elsewhere only sends the file down the slow, equally correct path.
const MAYBE_ALIAS = /(?:^|[\s[{,:-])\*[^\s*]/m;

/**
 * Most files are valid, and js-yaml reads them about eight times faster than
 * `yaml` builds a document with positions. So: read with js-yaml (YAML 1.2
 * core schema, duplicate keys refused), and build the positioned document only
 * when something needs a line number. Files with aliases, and files js-yaml
 * refuses, take the slow path, whose errors carry positions and whose alias
 * expansion is bounded.
 */
function fastParse(file: string, text: string): ReadResult | undefined {
  if (text.includes('*') && MAYBE_ALIAS.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch {
    return undefined;
  }
  return { ok: true, parsed: { file, data, locate: lazyLocate(file, () => text) } };
}

/**
 * A `locate` that builds the positioned document only when first asked: most
 * records never need a line number. `text` is called at most once.
 */
export function lazyLocate(file: string, text: () => string): ParsedFile['locate'] {
  let located: ReadResult | undefined;
  return (path, opts) => {
    located ??= slowParse(file, text());
    return located.ok ? located.parsed.locate(path, opts) : { line: 1, col: 1 };
  };
}

// Without `stream`, a decoder keeps nothing between calls, so one serves every file.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file's bytes as parseIncidentFile reads them: UTF-8, without a byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  const text = UTF8.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function slowParse(file: string, text: string): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, stringKeys: true });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) => {
        const { line, col } = pos(e.pos[0]);
        const first = e.message.split('\n')[0] ?? e.message;
        const message = e.code === 'DUPLICATE_KEY' ? `duplicate key: ${first.replace(/^Map keys must be unique.*$/, 'each field may appear only once')}` : `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
        return { file, line, col, field: '(yaml)', message };
      }),
    };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error && /alias/i.test(e.message) ? `too many YAML aliases (limit ${MAX_ALIAS_COUNT}); incident files need none` : 'YAML could not be read';
    return { ok: false, diagnostics: [whole(file, message)] };
  }
  return { ok: true, parsed: { file, data, locate: (path, opts) => locate(doc, path, opts, pos) } };
}

function locate(
  doc: Document,
  path: readonly PropertyKey[],
  opts: { key?: boolean } | undefined,
  pos: (offset: number) => { line: number; col: number },
): { line: number; col: number } {
  let node: Node | null | undefined = doc.contents as Node | null;
  let best = node?.range ? node.range[0] : 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) best = keyNode.range[0];
      if (last && opts?.key) break;
      node = pair.value as Node | null;
      if (node?.range) best = node.range[0];
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      if (node.range) best = node.range[0];
    } else break;
  }
  return pos(best);
}
