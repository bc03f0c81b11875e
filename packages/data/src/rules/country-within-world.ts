import type { Finding, Rule } from './types.ts';

export const countryWithinWorld: Rule = {
  id: 'country-within-world',
  description: "A figure scoped to a country never exceeds the same source's world figure for that metric, currency and date.",
  check({ incident }) {
    const out: Finding[] = [];
    const world = new Map<string, number>();
    for (const f of incident.figures) {
      if (f.scope === 'world' && typeof f.value === 'number') world.set(`${f.source}|${f.metric}|${f.currency ?? ''}|${f.as_of}`, f.value);
    }
    incident.figures.forEach((f, i) => {
      if (f.scope === 'world' || typeof f.value !== 'number') return;
      const total = world.get(`${f.source}|${f.metric}|${f.currency ?? ''}|${f.as_of}`);
      if (total !== undefined && f.value > total) {
        out.push({ path: ['figures', i, 'value'], message: `${f.scope} figure ${f.value} exceeds the same source's world figure ${total} for ${f.metric} as of ${f.as_of}` });
      }
    });
    return out;
  },
};
