import { formatNumber } from '@/lib/concentration/format';
import type { NameSubject } from './confidentiality-kinds';
import type { DocumentEdition } from './kinds';
import { Publication, type Mark } from './publication';
import { redact, type ConfidentialFigure } from './redact';

/**
 * Every figure and every text from the case file that a composer prints goes through here, so the
 * edition decides once what is exact (confidential) and what is public — no composer can forget.
 * Structured figures become ranges; names and texts follow counsel's marks (publication.ts), and
 * anything unmarked that looks like a figure makes the non-confidential edition refuse.
 */
export interface Figures {
  readonly confidential: boolean;
  readonly pub: Publication;
  /** Market share in percent (0–100). */
  share(pct: number): string;
  /** Accelerators, chips, items that are business secrets. */
  count(n: number): string;
  /** Capacity in the market's unit (H100-equivalents, MW…). */
  capacity(v: number, unit?: string): string;
  /** An amount in millions. */
  money(millions: number, currency: string): string;
  hhi(v: number): string;
  delta(v: number): string;
  /** A probability as a fraction 0–1, printed in percent. */
  probability(p: number): string;
  /** A named thing from the case file (cluster, site, market, scenario, checklist…). */
  name(value: string, subject: NameSubject): string;
  /** Long text typed by counsel; `field` says which ("Case description"). */
  text(value: string, field: string): string;
  /** Text the application wrote from case data; see Publication.generated. */
  generated(value: string, opts: { publicFigures?: readonly string[]; justification: string }): string;
}

const decimalsFor = (v: number) => (Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : Math.abs(v) >= 10 ? 1 : 2);
/**
 * HHI and ΔHHI with the Market tab's precision (fmtHhi in lib/markets/present.ts: one decimal below
 * 10), so a ΔHHI of 8.3 on the page is 8.3 in every document; a unit test holds the two together.
 */
export const formatHhiFigure = (v: number) => formatNumber(v, Math.abs(v) < 10 && v !== 0 ? 1 : 0);

export function figuresFor(edition: DocumentEdition, marks: readonly Mark[] = []): Figures {
  const pub = new Publication(edition === 'confidential', marks);
  const base = { pub, name: pub.name.bind(pub), text: pub.text.bind(pub), generated: pub.generated.bind(pub) };
  if (edition === 'confidential') {
    return {
      ...base,
      confidential: true,
      share: (pct) => `${formatNumber(pct, 1)} %`,
      count: (n) => formatNumber(n, Number.isInteger(n) ? 0 : 1),
      capacity: (v, unit) => `${formatNumber(v, decimalsFor(v))}${unit ? ` ${unit}` : ''}`,
      money: (m, currency) => `${currency} ${formatNumber(m, Number.isInteger(m) ? 0 : 2)} m`,
      hhi: formatHhiFigure,
      delta: formatHhiFigure,
      probability: (p) => `${formatNumber(p * 100, 1)} %`,
    };
  }
  const band = (kind: ConfidentialFigure, v: number, opts?: { currency?: string; unit?: string }) => {
    pub.figure(kind);
    return redact(kind, v, opts);
  };
  return {
    ...base,
    confidential: false,
    share: (pct) => band('share', pct),
    count: (n) => band('count', n),
    capacity: (v, unit) => band('capacity', v, { unit }),
    money: (m, currency) => band('money', m, { currency }),
    hhi: (v) => band('hhi', v),
    delta: (v) => band('delta', v),
    probability: (p) => band('probability', p),
  };
}
