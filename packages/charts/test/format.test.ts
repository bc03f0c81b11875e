import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate, formatQualified, formatTick, powerOfTen } from '../src/index.ts';
import { wrap } from '../src/svg.ts';

/** French groups digits with a narrow no-break space (U+202F); spell it out so the tests read. */
const nnbsp = '\u202f';

describe('formatNumber', () => {
  it('writes small counts with grouping, in each locale', () => {
    expect(formatNumber(187, 'en')).toBe('187');
    expect(formatNumber(899_999, 'en')).toBe('899,999');
    expect(formatNumber(899_999, 'fr')).toBe(`899${nnbsp}999`);
    expect(formatNumber(899_999, 'it')).toBe('899.999');
  });

  it('keeps numbers under a million in digits, not "900 thousand"', () => {
    expect(formatNumber(900_000, 'en')).toBe('900,000');
    expect(formatNumber(900_000, 'fr')).toBe(`900${nnbsp}000`);
    expect(formatNumber(900_000, 'it')).toBe('900.000');
  });

  it('writes round large numbers in words', () => {
    expect(formatNumber(2_600_000, 'en')).toBe('2.6 million');
    expect(formatNumber(2_600_000, 'fr')).toBe('2,6 millions');
    expect(formatNumber(2_600_000, 'it')).toBe('2,6 milioni');
    expect(formatNumber(400_000_000, 'en')).toBe('400 million');
    expect(formatNumber(400_000_000, 'fr')).toBe('400 millions');
    expect(formatNumber(400_000_000, 'it')).toBe('400 milioni');
    expect(formatNumber(1_500_000_000, 'fr')).toBe('1,5 milliard');
    expect(formatNumber(1e12, 'en')).toBe('1 trillion');
  });

  it('never rounds away digits the source gave', () => {
    expect(formatNumber(2_649_123, 'en')).toBe('2,649,123');
    expect(formatNumber(389_500_000, 'en')).toBe('389,500,000');
  });

  it('gives the same label the second time, per locale, and keeps 0 and -0 apart as Intl does', () => {
    // Labels are remembered per locale and value: a value first formatted in one locale keeps each locale's own label.
    expect(formatNumber(1_234_567, 'en')).toBe('1,234,567');
    expect(formatNumber(1_234_567, 'it')).toBe('1.234.567');
    expect(formatNumber(1_234_567, 'en')).toBe('1,234,567');
    expect(formatTick(250_000, 'en')).toBe(new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 }).format(250_000));
    expect(formatNumber(250_000, 'en')).toBe('250,000');
    expect(formatNumber(-0, 'en')).toBe(new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(-0));
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(-0, 'en')).toBe(new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(-0));
  });

  it('gives a dash, not NaN, for a non-finite value', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'fr')).toBe('–');
  });
});

describe('formatQualified', () => {
  it('puts the qualifier before the number in each locale', () => {
    expect(formatQualified(400_000_000, 'about', 'en')).toBe('about 400 million');
    expect(formatQualified(400_000_000, 'about', 'fr')).toBe('environ 400 millions');
    expect(formatQualified(400_000_000, 'about', 'it')).toBe('circa 400 milioni');
    expect(formatQualified(2_600_000, 'more-than', 'en')).toBe('more than 2.6 million');
    expect(formatQualified(2_600_000, 'more-than', 'fr')).toBe('plus de 2,6 millions');
    expect(formatQualified(2_600_000, 'more-than', 'it')).toBe('oltre 2,6 milioni');
    expect(formatQualified(900_000, 'nearly', 'en')).toBe('nearly 900,000');
    expect(formatQualified(900_000, 'nearly', 'fr')).toBe(`près de 900${nnbsp}000`);
    expect(formatQualified(900_000, 'nearly', 'it')).toBe('quasi 900.000');
    expect(formatQualified(50, 'at-least', 'fr')).toBe('au moins 50');
    expect(formatQualified(50, 'up-to', 'fr')).toBe("jusqu'à 50");
    expect(formatQualified(50, 'up-to', 'it')).toBe('fino a 50');
  });

  it('writes an exact figure as the bare number', () => {
    expect(formatQualified(187, 'exact', 'en')).toBe('187');
    expect(formatQualified(389_000_000, 'exact', 'it')).toBe('389 milioni');
  });

  it('writes multiples-of as an order of magnitude', () => {
    expect(formatQualified(100_000, 'multiples-of', 'en')).toBe('hundreds of thousands');
    expect(formatQualified(100_000, 'multiples-of', 'fr')).toBe('centaines de milliers');
    expect(formatQualified(100_000, 'multiples-of', 'it')).toBe('centinaia di migliaia');
    expect(formatQualified(1_000_000, 'multiples-of', 'en')).toBe('millions');
    expect(formatQualified(1_000, 'multiples-of', 'it')).toBe('migliaia');
  });

  it('falls back to "multiples of" when the value is not a power of ten', () => {
    expect(formatQualified(5_000, 'multiples-of', 'en')).toBe('multiples of 5,000');
    expect(formatQualified(5_000, 'multiples-of', 'fr')).toBe('des multiples de 5\u202f000');
    expect(powerOfTen(5_000)).toBeNull();
    expect(powerOfTen(100_000)).toBe(5);
  });
});

describe('formatTick', () => {
  it('writes short axis labels in each locale', () => {
    expect(formatTick(1_000_000, 'en')).toBe('1M');
    expect(formatTick(1_000_000, 'fr')).toBe('1\u00a0M');
    expect(formatTick(1_000_000_000, 'it')).toBe('1\u00a0Mld');
    expect(formatTick(100, 'en')).toBe('100');
  });
});

describe('partial dates', () => {
  it('is written no more precisely than it is', () => {
    expect(formatPartialDate('2019', 'fr')).toBe('2019');
    expect(formatPartialDate('2019-09', 'en')).toBe('September 2019');
    expect(formatPartialDate('2019-09', 'it')).toBe('settembre 2019');
    expect(formatPartialDate('2019-09-17', 'fr')).toBe('17 septembre 2019');
  });
});

describe('wrap', () => {
  it('breaks lines at ordinary spaces only, so French punctuation stays with its word', () => {
    const lines = wrap('Trait\u00a0: date connue au mois ou à l’année seulement', 80, 15);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toBe('Trait\u00a0:');
    expect(lines.some((l) => l.startsWith(':'))).toBe(false);
  });
});
