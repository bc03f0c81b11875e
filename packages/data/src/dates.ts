/** Partial ISO dates ("2020", "2020-02", "2020-02-05"): precision, bounds and comparison. */

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the date names a real calendar day (2019-02-30 does not). */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= daysInMonth(y, m);
}

// A dataset repeats the same few thousand dates many times; the rules ask for each one often.
const boundsCache = new Map<string, [string, string]>();

/** The first and last day the partial date could mean, as YYYY-MM-DD. */
export function bounds(date: string): [string, string] {
  let b = boundsCache.get(date);
  if (!b) {
    b = computeBounds(date);
    if (boundsCache.size > 100_000) boundsCache.clear();
    boundsCache.set(date, b);
  }
  return b;
}

function computeBounds(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (m === undefined) return [`${y}-01-01`, `${y}-12-31`];
  if (d === undefined) return [`${y}-${m}-01`, `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`];
  return [date, date];
}

/** a is certainly after b: even a's earliest reading is later than b's latest. */
export function certainlyAfter(a: string, b: string): boolean {
  return bounds(a)[0] > bounds(b)[1];
}

/** The date could not yet have happened on `today` (YYYY-MM-DD). */
export function inFuture(date: string, today: string): boolean {
  return bounds(date)[0] > today;
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
