// England and Wales bank holidays, as published by the UK government at
// https://www.gov.uk/bank-holidays (machine-readable: https://www.gov.uk/bank-holidays.json,
// division "england-and-wales"). The CMA counts "working days" under Enterprise Act 2002
// s. 34ZA(3)/(4) and s. 130A as every day except Saturdays, Sundays, Good Friday, Christmas Day
// and the bank holidays of England and Wales (Banking and Financial Dealings Act 1971), so this
// list (which includes Good Friday and Christmas Day) is exactly the set of non-working weekdays.
// Special one-off days are listed with the proclamation that created them. 2019 and 2028 are
// deliberately absent: a period reaching them is refused by name rather than guessed.

import type { CalendarYearInfo, Holiday } from '../types';

export interface UkHolidayYear extends CalendarYearInfo {
  year: number;
  holidays: readonly Holiday[];
}

const SOURCE = 'UK Government, “UK bank holidays — England and Wales”, https://www.gov.uk/bank-holidays';

const year = (y: number, holidays: Array<[string, string]>, note?: string): UkHolidayYear => ({
  year: y,
  source: SOURCE,
  verified: true,
  ...(note ? { note } : {}),
  holidays: holidays.map(([date, name]) => ({ date: `${y}-${date}`, name })),
});

export const UK_ENGLAND_WALES_BANK_HOLIDAYS: readonly UkHolidayYear[] = [
  year(2020, [
    ['01-01', 'New Year’s Day'], ['04-10', 'Good Friday'], ['04-13', 'Easter Monday'],
    ['05-08', 'Early May bank holiday (VE day, moved from 4 May)'], ['05-25', 'Spring bank holiday'],
    ['08-31', 'Summer bank holiday'], ['12-25', 'Christmas Day'], ['12-28', 'Boxing Day (substitute day)'],
  ]),
  year(2021, [
    ['01-01', 'New Year’s Day'], ['04-02', 'Good Friday'], ['04-05', 'Easter Monday'],
    ['05-03', 'Early May bank holiday'], ['05-31', 'Spring bank holiday'], ['08-30', 'Summer bank holiday'],
    ['12-27', 'Christmas Day (substitute day)'], ['12-28', 'Boxing Day (substitute day)'],
  ]),
  year(2022, [
    ['01-03', 'New Year’s Day (substitute day)'], ['04-15', 'Good Friday'], ['04-18', 'Easter Monday'],
    ['05-02', 'Early May bank holiday'], ['06-02', 'Spring bank holiday'], ['06-03', 'Platinum Jubilee bank holiday'],
    ['08-29', 'Summer bank holiday'], ['09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['12-26', 'Boxing Day'], ['12-27', 'Christmas Day (substitute day)'],
  ]),
  year(2023, [
    ['01-02', 'New Year’s Day (substitute day)'], ['04-07', 'Good Friday'], ['04-10', 'Easter Monday'],
    ['05-01', 'Early May bank holiday'], ['05-08', 'Bank holiday for the coronation of King Charles III'],
    ['05-29', 'Spring bank holiday'], ['08-28', 'Summer bank holiday'], ['12-25', 'Christmas Day'], ['12-26', 'Boxing Day'],
  ]),
  year(2024, [
    ['01-01', 'New Year’s Day'], ['03-29', 'Good Friday'], ['04-01', 'Easter Monday'], ['05-06', 'Early May bank holiday'],
    ['05-27', 'Spring bank holiday'], ['08-26', 'Summer bank holiday'], ['12-25', 'Christmas Day'], ['12-26', 'Boxing Day'],
  ]),
  year(2025, [
    ['01-01', 'New Year’s Day'], ['04-18', 'Good Friday'], ['04-21', 'Easter Monday'], ['05-05', 'Early May bank holiday'],
    ['05-26', 'Spring bank holiday'], ['08-25', 'Summer bank holiday'], ['12-25', 'Christmas Day'], ['12-26', 'Boxing Day'],
  ]),
  year(2026, [
    ['01-01', 'New Year’s Day'], ['04-03', 'Good Friday'], ['04-06', 'Easter Monday'], ['05-04', 'Early May bank holiday'],
    ['05-25', 'Spring bank holiday'], ['08-31', 'Summer bank holiday'], ['12-25', 'Christmas Day'],
    ['12-28', 'Boxing Day (substitute day)'],
  ]),
  year(2027, [
    ['01-01', 'New Year’s Day'], ['03-26', 'Good Friday'], ['03-29', 'Easter Monday'], ['05-03', 'Early May bank holiday'],
    ['05-31', 'Spring bank holiday'], ['08-30', 'Summer bank holiday'], ['12-27', 'Christmas Day (substitute day)'],
    ['12-28', 'Boxing Day (substitute day)'],
  ], 'Published in advance; a further one-off bank holiday proclaimed later would need to be added here.'),
];
