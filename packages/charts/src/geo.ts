/**
 * World outlines from the world-atlas npm package (Natural Earth 1:110m),
 * read from disk, never fetched. Features are keyed by ISO alpha-2 code and
 * projected once per size, so rendering many maps costs little.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoPermissibleObjects, geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryShape {
  /** ISO alpha-2, or null for areas without one (Northern Cyprus, Somaliland). */
  code: string | null;
  /** The Natural Earth name, used only when Intl has no name. */
  name: string;
  feature: GeoJSON.Feature;
}

/** Natural Earth areas whose numeric id is missing but that have a widely used code. */
const NAME_TO_CODE: Record<string, string> = { Kosovo: 'XK' };

let shapes: CountryShape[] | undefined;

/** Every country of the 110m map except Antarctica, which carries no data and takes a fifth of the height. */
export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection<
    GeoJSON.Geometry,
    { name: string }
  >;
  shapes = collection.features
    .filter((f) => f.id !== '010')
    .map((f) => {
      const name = f.properties.name;
      const code = f.id === undefined ? (NAME_TO_CODE[name] ?? null) : (countries.numericToAlpha2(String(f.id)) ?? null);
      return { code, name, feature: f };
    });
  return shapes;
}

export interface ProjectedWorld {
  height: number;
  paths: { code: string | null; name: string; d: string }[];
}

const projected = new Map<number, ProjectedWorld>();

/**
 * A d3-geo path context that writes compact SVG path data: one decimal,
 * relative moves, and points closer than `tolerance` to the last kept point
 * dropped. At the 1:110m scale this halves the bytes with no visible change.
 */
class CompactPath {
  private out = '';
  private x = 0;
  private y = 0;
  private ring: [number, number][] = [];
  constructor(private readonly tolerance: number) {}
  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[x, y]];
  }
  lineTo(x: number, y: number): void {
    const last = this.ring[this.ring.length - 1];
    if (last && Math.hypot(x - last[0], y - last[1]) < this.tolerance) return;
    this.ring.push([x, y]);
  }
  closePath(): void {
    this.flush(true);
  }
  arc(): void {}
  beginPath(): void {}
  private flush(close = false): void {
    if (this.ring.length === 0) return;
    const q = (v: number) => Math.round(v * 10) / 10;
    const num = (v: number) => {
      const t = String(Math.round(v * 10) / 10 || 0);
      return t.startsWith('0.') ? t.slice(1) : t.startsWith('-0.') ? `-${t.slice(2)}` : t;
    };
    const [first, ...rest] = this.ring;
    if (!first || (close && rest.length < 2)) {
      this.ring = [];
      return;
    }
    const fx = q(first[0]);
    const fy = q(first[1]);
    this.out += `M${num(fx)},${num(fy)}`;
    this.x = fx;
    this.y = fy;
    let seg = '';
    for (const [px, py] of rest) {
      const nx = q(px);
      const ny = q(py);
      const dx = q(nx - this.x);
      const dy = q(ny - this.y);
      if (dx === 0 && dy === 0) continue;
      const dyText = num(dy);
      seg += `${num(dx)}${dyText.startsWith('-') ? '' : ','}${dyText} `;
      this.x = nx;
      this.y = ny;
    }
    this.out += seg ? `l${seg.trimEnd()}` : '';
    if (close) this.out += 'z';
    this.ring = [];
  }
  result(): string {
    this.flush();
    const d = this.out;
    this.out = '';
    return d;
  }
}

/** Outlines in Equal Earth, fitted to width. */
export function projectWorld(width: number): ProjectedWorld {
  const cached = projected.get(width);
  if (cached) return cached;
  const all = worldShapes();
  const collection: GeoPermissibleObjects = { type: 'FeatureCollection', features: all.map((s) => s.feature) };
  const projection = geoEqualEarth().fitWidth(width, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
  const context = new CompactPath(0.6);
  const path = geoPath(projection, context);
  const world: ProjectedWorld = {
    height: Math.ceil(y1 - y0),
    paths: all
      .map((s) => {
        path(s.feature);
        return { code: s.code, name: s.name, d: context.result() };
      })
      .filter((p) => p.d !== ''),
  };
  projected.set(width, world);
  return world;
}
