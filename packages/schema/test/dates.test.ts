import { describe, expect, it } from 'vitest';
import { bounds, certainlyAfter, inFuture, isRealDate, parsePartialDate, precisionOf } from '../src/dates.ts';

describe('partial dates', () => {
  it('knows the precision and the first and last day a date can mean', () => {
    expect(precisionOf('2019')).toBe('year');
    expect(precisionOf('2019-09')).toBe('month');
    expect(precisionOf('2019-09-17')).toBe('day');
    expect(bounds('2019')).toEqual(['2019-01-01', '2019-12-31']);
    expect(bounds('2020-02')).toEqual(['2020-02-01', '2020-02-29']);
    expect(bounds('2019-02-03')).toEqual(['2019-02-03', '2019-02-03']);
  });

  it('tells real days from impossible ones', () => {
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2019-02-29')).toBe(false);
    expect(isRealDate('2019-13')).toBe(false);
  });

  it('orders dates only when their periods cannot overlap', () => {
    expect(certainlyAfter('2020-01', '2019')).toBe(true);
    expect(certainlyAfter('2019-06', '2019')).toBe(false);
    expect(inFuture('2027', '2026-12-02')).toBe(true);
    expect(inFuture('2026', '2026-12-02')).toBe(false);
  });

  it('spans the period a partial date names, end exclusive', () => {
    const year = parsePartialDate('2019');
    expect(year?.precision).toBe('year');
    expect(year?.start.toISOString()).toBe('2019-01-01T00:00:00.000Z');
    expect(year?.end.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    const month = parsePartialDate('2019-09');
    expect(month?.end.toISOString()).toBe('2019-10-01T00:00:00.000Z');
    const day = parsePartialDate('2019-12-31');
    expect(day?.precision).toBe('day');
    expect(day?.end.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(parsePartialDate('2019-02-30')).toBeNull();
    expect(parsePartialDate('2019-13')).toBeNull();
    expect(parsePartialDate('19-01')).toBeNull();
  });
});
