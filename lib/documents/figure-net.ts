/*
 * The net every text passes before it reaches a non-confidential edition. It does not redact:
 * it finds figures, and the caller refuses to publish the ones counsel has neither marked
 * confidential nor declared public. A silent redactor misses what it does not recognise and
 * the leak goes unnoticed; a refusing net turns every miss into a question for counsel.
 *
 * Pure (no database, no Next.js). Recognised: digits of any script (full-width, Arabic-Indic…,
 * after NFKC), grouping with `,` `.` `'` `’` and (thin / no-break) spaces, decimals with `.` or
 * `,`, a currency before or after (USD8,400m, € 9.75bn, 8,4 Mrd. EUR), magnitude suffixes
 * (k, m, bn, Mio., Mrd., million, billion…) and percent.
 *
 * Deliberately NOT figures, so counsel is not asked about every article number:
 * - one or two digits standing alone with no currency, suffix, decimal or percent ("Article 6",
 *   "12 January", "phase 2");
 * - up to three digits glued to letters, as in product codes ("H100", "MI300X", "GPT-4");
 * - ISO dates (2026-03-02) and a year directly after a month name ("2 March 2026").
 * Anything else with digits is a figure, including "No. 37,412" and "Section 2,222".
 */

export interface FoundFigure {
  /** The figure as it would print, with its currency and suffix (NFKC-normalised). */
  text: string;
  /** The digits only (ASCII), so "37,412" and "37 412" are the same figure when declared public. */
  digits: string;
  index: number;
}

const CURRENCY_WORDS = ['USD', 'US$', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'RMB', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'KRW', 'HKD', 'SGD'];
const CURRENCY_SIGNS = '$€£¥₹₩₽';
const CURRENCY_BEFORE = new RegExp(`(?:${CURRENCY_WORDS.map(escape).join('|')}|[${CURRENCY_SIGNS}])\\s?$`, 'i');
const SUFFIX_AFTER = new RegExp(
  `^\\s?(?:%|‰|(?:k|m|mn|bn|b|tn|mio\\.?|mrd\\.?|mill?\\.?|million|millions|billion|billions|thousand|tsd\\.?|milliard(?:en|s)?|milliarden|millionen|crore|lakh|[kmgt]w|gpus?|tpus?|chips?|accelerators?)(?![\\p{L}])|(?:${CURRENCY_WORDS.map(escape).join('|')})(?![\\p{L}])|[${CURRENCY_SIGNS}])`,
  'iu',
);
const MONTH_BEFORE = /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s(?:\d{1,2},?\s)?$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A run of digits with the separators that may sit between them; a separator must be followed by
// a digit to belong to the number, so "8,4 Mrd." keeps its comma and "ends 12. Next" does not.
const NUMBER = /\p{Nd}+(?:(?:[,.'’\u00a0\u202f\u2009 ]|\s)\p{Nd}+)*/gu;
// ISO dates are blanked before the scan (same length, so indexes stay right).
const ISO_DATE = /(?<!\p{Nd})\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}(?!\p{Nd})/gu;

const isDigit = (cp: number) => cp >= 0 && /\p{Nd}/u.test(String.fromCodePoint(cp));

/** Digits of any script to ASCII: Unicode lays out every decimal digit block as ten code points from zero. */
export function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const cp = d.codePointAt(0)!;
    let n = 0;
    while (isDigit(cp - n - 1)) n++;
    return String(n % 10);
  });
}

export function normaliseForNet(text: string): string {
  return text.normalize('NFKC');
}

/** Every figure in `text`, in order. */
export function findFigures(text: string): FoundFigure[] {
  const s = normaliseForNet(text).replace(ISO_DATE, (d) => '\u2007'.repeat(d.length));
  const found: FoundFigure[] = [];
  for (const m of s.matchAll(NUMBER)) {
    // Trailing spaces between two numbers ("12 34") stay joined: both would be figures anyway.
    const raw = m[0];
    const start = m.index!;
    const end = start + raw.length;
    const before = s.slice(Math.max(0, start - 12), start);
    const after = s.slice(end, end + 14);
    const digitsOnly = asciiDigits(raw).replace(/\D/g, '');
    const grouped = /[^\p{Nd}]/u.test(raw);
    const currencyBefore = CURRENCY_BEFORE.exec(before);
    const suffix = SUFFIX_AFTER.exec(after);
    const marked = !!currencyBefore || !!suffix;

    const prev = s[start - 1] ?? '';
    const prev2 = s[start - 2] ?? '';
    const gluedToLetters = /\p{L}/u.test(prev) || (prev === '-' && /\p{L}/u.test(prev2));
    if (gluedToLetters && !currencyBefore && !grouped && digitsOnly.length <= 3) continue;
    if (!marked && !grouped && digitsOnly.length <= 2) continue;
    // "3(1)(b)" and "6.1" read as references: a lone digit glued to a bracket or a "§".
    if (!marked && digitsOnly.length <= 2 && /[§¶]\s?$/.test(before)) continue;
    if (!marked && !grouped && digitsOnly.length === 4 && /^(?:19|20)\d\d$/.test(digitsOnly) && MONTH_BEFORE.test(before)) continue;

    const text = `${currencyBefore ? currencyBefore[0] : ''}${raw}${suffix ? suffix[0] : ''}`.trim();
    found.push({ text, digits: digitsOnly, index: start - (currencyBefore ? currencyBefore[0].length : 0) });
  }
  return found;
}
