import { figureGroupKey } from '../figure-group.ts';
import type { Finding, RecordRule } from './types.ts';


/**
 * docs/data-guidelines.md, "How we check a figure": the figure shown first is the primary
 * source's, or else the most faithful relay, never a copy of a copy. A source that says
 * `cites: X` relays X; if X (or what X itself cites) has a figure in the same group, that
 * figure is closer to the count and must not be passed over in favour of the relay.
 */
export const relayNotPreferred: RecordRule = {
  id: 'relay-not-preferred',
  scope: 'record',
  description: 'A figure whose source relays another source (cites) is not preferred over a figure of that source, or of what it relays in turn, in the same metric, scope and date.',
  check({ incident }) {
    const out: Finding[] = [];
    const cites = new Map(incident.sources.map((s) => [s.id, s.cites]));
    const type = new Map(incident.sources.map((s) => [s.id, s.type]));

    // The sources a source relays, nearest first, stopping at a loop.
    const chain = (id: string): string[] => {
      const seen: string[] = [];
      for (let next = cites.get(id); next !== undefined && next !== id && !seen.includes(next); next = cites.get(next)) {
        seen.push(next);
      }
      return seen;
    };

    const groups = new Map<string, number[]>();
    incident.figures.forEach((f, i) => {
      const list = groups.get(figureGroupKey(f));
      if (list) list.push(i);
      else groups.set(figureGroupKey(f), [i]);
    });

    for (const members of groups.values()) {
      // The figure shown first, chosen as the data package does: marked, else the primary report's, else the first.
      const shown =
        members.find((i) => incident.figures[i]?.preferred) ??
        members.find((i) => type.get(incident.figures[i]?.source ?? '') === 'primary-report') ??
        members[0];
      if (shown === undefined) continue;
      const figure = incident.figures[shown];
      if (!figure) continue;
      const upstream = chain(figure.source);
      for (const i of members) {
        const other = incident.figures[i];
        if (i === shown || !other || !upstream.includes(other.source)) continue;
        const marked = figure.preferred === true;
        out.push({
          path: ['figures', shown, marked ? 'preferred' : 'source'],
          message:
            `"${figure.id}" is ${marked ? 'marked preferred' : 'shown first'}, but its source "${figure.source}" relays "${other.source}", ` +
            `whose own figure "${other.id}" (figures[${i}]) is in the same group; prefer that figure instead`,
        });
        break;
      }
    }
    return out;
  },
};
