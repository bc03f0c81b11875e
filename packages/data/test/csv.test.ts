import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../src/csv.ts';

describe('RFC 4180 CSV', () => {
  it('leaves plain fields bare and quotes fields with commas, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });
  it('writes empty cells for missing values and digits for large numbers', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(1_190_000_000)).toBe('1190000000');
    expect(csvField(1e21)).toBe('1000000000000000000000');
    expect(csvField(2.5)).toBe('2.5');
    expect(csvField(true)).toBe('true');
  });
  it('ends every record with CRLF and refuses ragged rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/1 cells, expected 2/);
  });
  it('round-trips awkward text through its own parser', () => {
    const rows = [['"quoted", with comma', 'line\r\nbreak', '', 'é ü 中文', "l'apostrophe"]];
    expect(parseCsv(toCsv(['a', 'b', 'c', 'd', 'e'], rows))).toEqual([['a', 'b', 'c', 'd', 'e'], ...rows]);
  });
  it('refuses NaN and infinity rather than writing them', () => {
    expect(() => csvField(Number.NaN)).toThrow();
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow();
  });
});
