#!/usr/bin/env node
// A small static server for the built site, on loopback only. It serves
// dist/ the way a static host would: index.html for folders, 404.html for
// misses, and the headers of dist/_headers (Content-Security-Policy and
// friends), so local checks see what production sends.
// Usage: node apps/site/scripts/serve.mjs [--port 4321] [--dir apps/site/dist]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { distDir } from './qa/dist.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Parses a Netlify/Cloudflare-style _headers file into rules, in file order:
 * `{ pattern, set: {Name: value}, remove: [names] }`. A line `! Name` removes
 * a header set by an earlier matching block (Cloudflare Pages' syntax).
 */
export function readHeaderRules(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  let rule;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rule = { pattern: line.trim(), set: {}, remove: [] };
      rules.push(rule);
      continue;
    }
    if (!rule) continue;
    const text = line.trim();
    if (text.startsWith('!')) {
      rule.remove.push(text.slice(1).trim().toLowerCase());
      continue;
    }
    const at = text.indexOf(':');
    if (at > 0) rule.set[text.slice(0, at).trim()] = text.slice(at + 1).trim();
  }
  return rules;
}

/** Whether a _headers pattern ("/*", "/search/*", "/about/") matches a path. */
export function matches(pattern, path) {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1)) || path === pattern.slice(0, -2);
  return path === pattern;
}

/** The headers for one path: every matching rule in order, later values replacing earlier ones. */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.remove) for (const k of Object.keys(out)) if (k.toLowerCase() === name) delete out[k];
    for (const [k, v] of Object.entries(rule.set)) {
      for (const existing of Object.keys(out)) if (existing.toLowerCase() === k.toLowerCase()) delete out[existing];
      out[k] = v;
    }
  }
  return out;
}

/** Starts the server; resolves with { url, close } once it listens. */
export function serve({ dir, port = 0, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const rules = readHeaderRules(root);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    res.writeHead(status, { ...headersFor(rules, status === 404 ? '/404.html' : path), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const address = server.address();
      done({ url: `http://${host}:${address.port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: distDir() }, port: { type: 'string', default: '4321' } } });
  serve({ dir: values.dir, port: Number(values.port) }).then(({ url }) => console.log(`serving ${values.dir} at ${url}`));
}
