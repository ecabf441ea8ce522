import { describe, expect, it } from 'vitest';
import { US_FEDERAL_FIRST_YEAR, US_FEDERAL_LAST_YEAR, usFederalHolidays } from '@/lib/deadlines';

const dates = (year: number) => usFederalHolidays(year)!.map((h) => h.date);

describe('U.S. federal holidays (5 U.S.C. 6103)', () => {
  it('2026: Independence Day on Saturday is observed Friday 3 July', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
    expect(usFederalHolidays(2026)!.find((h) => h.date === '2026-07-03')?.name).toBe('Independence Day (observed)');
  });

  it('1 Jan 2028 is a Saturday: observed on Friday 31 Dec 2027, and absent from 2028', () => {
    expect(dates(2027)).toContain('2027-12-31');
    expect(usFederalHolidays(2027)!.at(-1)).toEqual({ date: '2027-12-31', name: 'New Year’s Day (observed)' });
    expect(dates(2028).some((d) => d.endsWith('-01-01'))).toBe(false);
    expect(dates(2028)).toContain('2028-11-10'); // Veterans Day on Saturday → Friday
  });

  it('a Sunday holiday moves to Monday (Christmas 2022 → 26 Dec; New Year 2023 → 2 Jan)', () => {
    expect(dates(2022)).toContain('2022-12-26');
    expect(dates(2023)[0]).toBe('2023-01-02');
  });

  it('Juneteenth from 2021 only (2021 observed Friday 18 June)', () => {
    expect(dates(2020).some((d) => d.slice(5) === '06-19')).toBe(false);
    expect(dates(2021)).toContain('2021-06-18');
    expect(dates(2027)).toContain('2027-06-18');
  });

  it('2021 has 12 dates because New Year 2022 was observed on 31 Dec 2021', () => {
    expect(dates(2021)).toHaveLength(12);
    expect(dates(2021).at(-1)).toBe('2021-12-31');
  });

  it('the floating Mondays and Thanksgiving', () => {
    expect(dates(2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04',
      '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25',
    ]);
  });

  it('is undefined outside the supported range', () => {
    expect(usFederalHolidays(US_FEDERAL_FIRST_YEAR - 1)).toBeUndefined();
    expect(usFederalHolidays(US_FEDERAL_LAST_YEAR + 1)).toBeUndefined();
    // 1 Jan 2101 is a Saturday, so even the last year carries the observed 31 December.
    expect(dates(US_FEDERAL_LAST_YEAR).at(-1)).toBe('2100-12-31');
  });
});
