import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, parseCsv, toCsv, unguardCell } from '@/lib/markets/csv';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain rows with LF, CRLF and CR endings alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      expect(fields(`a,b,c${eol}1,2,3${eol}`)).toEqual([
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ]);
    }
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const r = parseCsv('site,note\r\n"Memphis, Tennessee, US","He said ""100,000""\r\nthen left"\r\nx,y\r\n');
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.fields)).toEqual([
      ['site', 'note'],
      ['Memphis, Tennessee, US', 'He said "100,000"\r\nthen left'],
      ['x', 'y'],
    ]);
    // The record after a two-line field starts on physical line 4.
    expect(r.records.map((x) => x.line)).toEqual([1, 2, 4]);
  });

  it('strips a UTF-8 byte-order mark so the first header is not "\\uFEFFfirm"', () => {
    expect(fields('\uFEFFfirm,cluster\nxAI,Colossus')).toEqual([
      ['firm', 'cluster'],
      ['xAI', 'Colossus'],
    ]);
  });

  it('keeps empty fields, including a trailing one, and skips blank lines', () => {
    const r = parseCsv('a,,c,\n\n\n"",b\n');
    expect(r.records.map((x) => x.fields)).toEqual([
      ['a', '', 'c', ''],
      ['', 'b'],
    ]);
    expect(r.records.map((x) => x.line)).toEqual([1, 4]);
  });

  it('reports an unclosed quote with the line it opened on', () => {
    const r = parseCsv('a,b\n1,"never closed\n2,3\n');
    expect(r.problems).toEqual([{ line: 2, column: 2, reason: expect.stringContaining('never closed') }]);
  });

  it('reports text after a closing quote with its line and column', () => {
    const r = parseCsv('a,b,c\n1,"x"y,3\n');
    expect(r.problems).toEqual([{ line: 2, column: 2, reason: expect.stringContaining('after a closing quote') }]);
    expect(r.records[1].fields).toEqual(['1', 'xy', '3']);
  });

  it('reads non-Latin text and emoji untouched', () => {
    expect(fields('Ανθρωπική,深度求索,🚀\n')).toEqual([['Ανθρωπική', '深度求索', '🚀']]);
  });
});

describe('toCsv', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(toCsv([['a', 'b, c', 'say "hi"', ' padded', 'multi\nline']])).toBe('a,"b, c","say ""hi"""," padded","multi\nline"\r\n');
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=1+1', '+SUM(A1)', '-2', '@cmd', 'safe', '\tx']])).toBe("'=1+1,'+SUM(A1),'-2,'@cmd,safe,'\tx\r\n");
    expect(guardCell("'=x")).toBe("''=x");
    expect(unguardCell(guardCell('=HYPERLINK("x")'))).toBe('=HYPERLINK("x")');
    expect(unguardCell("'plain")).toBe("'plain");
  });

  it('round-trips any table of strings through parse (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', ' ', '=', '-', "'", 'é', '深', '0') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        // A row of one empty cell is written as a blank line, which the reader skips by design.
        const table = rows.filter((r) => !(r.length === 1 && r[0] === ''));
        const back = parseCsv(toCsv(table));
        expect(back.problems).toEqual([]);
        expect(back.records.map((r) => r.fields.map(unguardCell))).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });
});
