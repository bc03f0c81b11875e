/**
 * The Content-Security-Policy of each kind of page. The meta tag carries the
 * policy (frame-ancestors is ignored there, so public/_headers adds it);
 * test/site.test.ts checks that _headers and these strings agree.
 */
const BASE = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export type CspKind = 'default' | 'search' | 'embed';

/** The policy for a meta tag (no frame-ancestors). */
export function cspMeta(kind: CspKind): string {
  // Pagefind runs its search index as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  const list = kind === 'search' ? BASE.map((d) => (d === "script-src 'self'" ? "script-src 'self' 'wasm-unsafe-eval'" : d)) : BASE;
  return list.join('; ');
}

/** The policy for the HTTP header, with frame-ancestors: embeds may be framed anywhere, other pages nowhere. */
export function cspHeader(kind: CspKind): string {
  return `${cspMeta(kind)}; frame-ancestors ${kind === 'embed' ? '*' : "'none'"}`;
}
