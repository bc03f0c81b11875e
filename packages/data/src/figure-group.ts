import type { Figure } from '@atlas/schema';

/**
 * Which figures are versions of one number: the same metric, scope, as-of date, currency
 * (amounts in two currencies never share a group) and subject (two separate things counted
 * in one record, such as two fines, are never a disagreement). The Dataset groups figures by
 * this key within an incident, and the rules that compare figures use the same key, so the
 * validator and the pages agree on what a group is.
 */
export function figureGroupKey(f: Pick<Figure, 'metric' | 'scope' | 'as_of' | 'currency' | 'subject'>): string {
  return `${f.metric}|${f.scope}|${f.as_of}|${f.currency ?? ''}|${f.subject?.en ?? ''}`;
}
