import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures } from '@/lib/documents/figure-net';

const texts = (s: string) => findFigures(s).map((f) => f.text);

describe('the figure net', () => {
  it('finds every format of the case description that leaked into the public Form CO', () => {
    expect(texts('USD8,400m; EUR9.75bn; 8,4 Mrd.; 1.234.567; ４００００; No. 37,412; Section 2,222')).toEqual(
      ['USD8,400m', 'EUR9.75bn', '8,4 Mrd.', '1.234.567', '40000', '37,412', '2,222'],
    );
  });

  it('finds figures in names: clusters, sites, codenames', () => {
    expect(texts('Memphis 37,412-GPU hall')).toEqual(['37,412']);
    expect(texts('Plot 2,222')).toEqual(['2,222']);
    expect(texts('KOL123456')).toEqual(['123456']);
  });

  it('recognises grouping with , . \' ’ and (thin, no-break) spaces, and digits of other scripts', () => {
    for (const s of ['37,412', '37.412', "37'412", '37’412', '37 412', '37\u2009412', '37\u202f412', '37\u00a0412', '٣٧٤١٢', '３７，４１２', '𝟑𝟕𝟒𝟏𝟐']) {
      expect(findFigures(`about ${s} chips`).map((f) => f.digits), s).toEqual(['37412']);
    }
  });

  it('takes the currency before or after and the magnitude suffix with the figure', () => {
    expect(texts('€9.75 bn, $8.4bn, 8,4 Mrd. EUR, 12 Mio., 9k, 41 %, 7 MW, USD 12m')).toEqual(
      ['€9.75 bn', '$8.4bn', '8,4 Mrd.', '12 Mio.', '9k', '41 %', '7 MW', 'USD 12m'],
    );
  });

  it('leaves references, product codes and dates alone', () => {
    expect(texts('Art. 6(1)(b), Article 22, §5, phase 2, 12 January, on 2026-03-02, 2 March 2026, March 2, 2026')).toEqual([]);
    expect(texts('NVIDIA H100 SXM, AMD MI300X, GB200, GPT-4, Колосс-2, Αθήνα-1')).toEqual([]);
  });

  it('finds any number of three or more digits however it is grouped (property)', () => {
    const sep = fc.constantFrom(',', '.', "'", ' ', '\u2009', '\u202f', '');
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 99_999_999 }), sep, fc.constantFrom('', 'USD ', '€', '$'), fc.constantFrom('', 'm', ' bn', ' Mrd.', ' %', ' GPUs'), (n, s, before, after) => {
        const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, s);
        const found = findFigures(`The holding of ${before}${grouped}${after} is disclosed.`);
        expect(found.map((f) => f.digits)).toEqual([String(n)]);
      }),
    );
  });
});
