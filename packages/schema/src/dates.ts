/**
 * Partial ISO dates ("2020", "2020-02", "2020-02-05"): their form, precision,
 * bounds and comparison. The one home of date logic: the schema checks the
 * form, @atlas/data's rules compare bounds, @atlas/charts places and words them.
 */
import { rememberedPerKey } from './memo.ts';

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; whether the day exists is `isRealDate`'s question. */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** A whole day, "YYYY-MM-DD". */
export const FULL_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** The precision a partial date carries. */
export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True when the date names a real calendar day (2019-02-30 does not). Remembered per date: a dataset
 * repeats the same few thousand dates many times, and the rules ask for each one often.
 */
export const isRealDate: (date: string) => boolean = rememberedPerKey(computeIsRealDate, 100_000);

function computeIsRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= daysInMonth(y, m);
}

/** The first and last day the partial date could mean, as YYYY-MM-DD. Remembered per date, as isRealDate. */
export const bounds: (date: string) => [string, string] = rememberedPerKey(computeBounds, 100_000);

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

/**
 * A partial date as the UTC start and end (exclusive) of the period it names,
 * or null when it is not a partial date of a real day, month or year.
 */
export function parsePartialDate(date: string): { start: Date; end: Date; precision: Precision } | null {
  if (!PARTIAL_DATE.test(date) || !isRealDate(date)) return null;
  const [first, last] = bounds(date);
  const end = new Date(`${last}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return { start: new Date(`${first}T00:00:00Z`), end, precision: precisionOf(date) };
}
