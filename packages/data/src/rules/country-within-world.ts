import { figureRule } from './types.ts';

export const countryWithinWorld = figureRule(
  'country-within-world',
  "A figure scoped to a country never exceeds the same source's world figure for that metric, currency and date.",
  ({ incident }) => {
    const world = new Map<string, number>();
    for (const f of incident.figures) {
      if (f.scope === 'world' && typeof f.value === 'number') world.set(`${f.source}|${f.metric}|${f.currency ?? ''}|${f.as_of}`, f.value);
    }
    return (f, _i, report) => {
      if (f.scope === 'world' || typeof f.value !== 'number') return;
      const total = world.get(`${f.source}|${f.metric}|${f.currency ?? ''}|${f.as_of}`);
      if (total !== undefined && f.value > total) {
        report('value', `${f.scope} figure ${f.value} exceeds the same source's world figure ${total} for ${f.metric} as of ${f.as_of}`);
      }
    };
  },
);
