import type { CaseData } from './schemas';

/** Form values to columns: money kept as exact decimal strings, blanks as null. */
export function toCaseColumns(d: CaseData) {
  return {
    name: d.name,
    codename: d.codename,
    dealType: d.dealType,
    description: d.description,
    valueLowM: typeof d.valueLowM === 'number' ? d.valueLowM.toFixed(2) : null,
    valueHighM: typeof d.valueHighM === 'number' ? d.valueHighM.toFixed(2) : null,
    currency: d.currency,
    status: d.status,
    longStopDate: d.longStopDate,
  };
}
