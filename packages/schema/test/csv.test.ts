import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../src/csv.ts';

/** An independent reader (csv-parse, RFC 4180 mode) is the oracle, not a parser of our own. */
const read = (text: string): string[][] => parse(text, { relax_column_count: false, record_delimiter: '\r\n' });

describe('the CSV writer', () => {
  it('leaves plain fields bare and quotes fields with commas, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
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
  it('reads back through an independent RFC 4180 parser as the same text', () => {
    const rows = [['"quoted", with comma', 'line\r\nbreak', '', 'é ü 中文', "l'apostrophe"]];
    expect(read(toCsv(['a', 'b', 'c', 'd', 'e'], rows))).toEqual([['a', 'b', 'c', 'd', 'e'], ...rows]);
  });
  it('refuses NaN and infinity rather than writing them', () => {
    expect(() => csvField(Number.NaN)).toThrow();
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow();
  });

  describe('formula guard', () => {
    it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("https://example.org","x")'])(
      'makes the text %j inert with a leading apostrophe',
      (text) => {
        const [, row] = read(toCsv(['t'], [[text]]));
        expect(row).toEqual([`'${text}`]);
      },
    );
    it('keeps numbers as numbers, negative ones included', () => {
      expect(toCsv(['n', 'm', 'z'], [[-3, -0.5, 0]])).toBe('n,m,z\r\n-3,-0.5,0\r\n');
    });
    it('leaves text that only contains those characters later alone', () => {
      expect(csvField('a=b')).toBe('a=b');
      expect(csvField('co-op')).toBe('co-op');
      expect(csvField("l'@")).toBe("l'@");
    });
  });
});
