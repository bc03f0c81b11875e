import { figureGroupKey } from '../figure-group.ts';
import { EVIDENCE_MAX_WORDS } from '@atlas/schema';
import { spellsNumber } from './number-words.ts';
import { figureRule } from './types.ts';

export const figureSanity = figureRule(
  'figure-sanity',
  'Evidence is short and holds the number; an order of magnitude is a power of ten; at most one preferred figure per metric, scope and date; a country scope is among the incident\'s countries.',
  ({ incident }) => {
    const preferred = new Map<string, number>();
    const languageOf = new Map(incident.sources.map((s) => [s.id, s.language]));
    return (f, i, report) => {
      const words = f.evidence.trim().split(/\s+/).length;
      if (words > EVIDENCE_MAX_WORDS) report('evidence', `evidence has ${words} words; quote at most ${EVIDENCE_MAX_WORDS}, just enough to find the number`);
      if (typeof f.value === 'number' && !/\d/.test(f.evidence) && !spellsNumber(f.evidence, languageOf.get(f.source) ?? '')) report('evidence', 'evidence must contain the number as the source wrote it');
      if (f.qualifier === 'multiples-of' && typeof f.value === 'number' && !(f.value >= 100 && Number.isInteger(Math.log10(f.value)))) {
        report('value', `with qualifier multiples-of the value must be a power of ten such as 1000 or 100000, got ${f.value}`);
      }
      if (f.scope !== 'world' && !incident.countries.includes(f.scope)) {
        report('scope', `scope ${f.scope} is not in the incident's countries (${incident.countries.join(', ')})`);
      }
      if (f.preferred) {
        const first = preferred.get(figureGroupKey(f));
        if (first !== undefined) report('preferred', `figures[${first}] is already preferred for ${f.metric}, ${f.scope}, as of ${f.as_of}${f.subject ? ` (${f.subject.en})` : ''}; if the two count separate things, give each a different \`subject\``);
        else preferred.set(figureGroupKey(f), i);
      }
    };
  },
);
