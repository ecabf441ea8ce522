import { CLAIM_CATEGORY_LABELS, REDACTED_PASSAGE, SUBJECT_LABELS, type ClaimCategory, type Finding, type MarkKind, type MarkSubject, type NameSubject } from './confidentiality-kinds';

export type { Finding } from './confidentiality-kinds';
import { findFigures, normaliseForNet } from './figure-net';
import type { ConfidentialFigure } from './redact';

/*
 * What a non-confidential edition may print, decided from the case's confidentiality marks (data
 * counsel entered), never guessed afterwards. Pure: the composers call it for every text that
 * comes from the case file, and it
 * - replaces a marked name by its public label and a marked passage by "[…]", recording a claim;
 * - runs every remaining text through the figure net and records a finding for each figure that
 *   is neither marked nor declared public: the edition is then refused, listing each place.
 * Structured figures are confidential by kind (ranges, redact.ts) and only counted for the index.
 */

export interface Mark {
  kind: MarkKind;
  subject: MarkSubject;
  text: string;
  publicLabel: string;
  category: ClaimCategory | null;
  justification: string;
}

export interface Claim {
  location: string;
  what: string;
  category: ClaimCategory;
  justification: string;
}

const FIGURE_CLAIMS: Record<ConfidentialFigure, { what: string; justification: string }> = {
  share: { what: 'market shares', justification: 'Exact shares of installed capacity reveal each party’s compute, which competitors do not know.' },
  count: { what: 'accelerator counts', justification: 'Accelerator counts per cluster and per transfer are not public and show each party’s capacity.' },
  capacity: { what: 'capacities', justification: 'Exact capacities show each party’s installed compute, which is not public.' },
  money: { what: 'amounts (transaction value, turnover)', justification: 'The transaction value and the turnover of the undertakings concerned have not been made public.' },
  hhi: { what: 'HHI figures', justification: 'Exact concentration figures would let a reader work back the parties’ exact shares.' },
  delta: { what: 'ΔHHI figures', justification: 'Exact concentration figures would let a reader work back the parties’ exact shares.' },
  probability: { what: 'simulation results', justification: 'Exact simulation results would let a reader work back the parties’ exact shares.' },
};
const GENERATED_OMITTED = '[Omitted in the non-confidential edition: this explanation quotes confidential figures.]';
const MAX_VALUE = 2_000;

/** Figures compare by their normalised text: "37 412" and "37 412" are one figure, "37,412" another. */
const figureKey = (s: string) => normaliseForNet(s).replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();

export class Publication {
  readonly findings: Finding[] = [];
  readonly claims: Claim[] = [];
  /** Where the composer is drawing; set by the filing frame from the page and the last heading. */
  locate: () => string = () => 'Title, running header and document properties';
  private readonly names = new Map<string, Mark>();
  private readonly passages: Mark[];
  private readonly publicFigures: Set<string>;
  private readonly figureCounts = new Map<string, number>();

  constructor(readonly confidential: boolean, marks: readonly Mark[] = []) {
    for (const m of marks) if (m.kind === 'name') this.names.set(`${m.subject}\u0000${normaliseForNet(m.text)}`, m);
    this.passages = marks.filter((m) => m.kind === 'passage' && m.text.trim()).sort((a, b) => b.text.length - a.text.length);
    this.publicFigures = new Set(marks.filter((m) => m.kind === 'public-figure').map((m) => figureKey(m.text)));
  }

  /** A named thing (cluster, site, market…): its public label if marked, else itself, through the net. */
  name(value: string, subject: NameSubject): string {
    if (this.confidential || !value) return value;
    const mark = this.names.get(`${subject}\u0000${normaliseForNet(value)}`);
    if (mark) {
      this.claim(`${SUBJECT_LABELS[subject]} (printed as “${mark.publicLabel}”)`, mark);
      return this.check(mark.publicLabel, subject, `${SUBJECT_LABELS[subject]}: its public label`, value);
    }
    return this.check(this.withoutPassages(value, SUBJECT_LABELS[subject]), subject, SUBJECT_LABELS[subject], value);
  }

  /** Long text typed by counsel (description, answers, notes, comments): marked passages become "[…]". */
  text(value: string, field: string): string {
    if (this.confidential || !value) return value;
    return this.check(this.withoutPassages(value, field), 'text', field, value);
  }

  /**
   * Text the application wrote from case data (engine explanations). Figures it may print are the
   * public ones given (statutory thresholds, fees, dates); a line quoting any other is left out
   * and claimed, since its figures come from confidential structured data.
   */
  generated(value: string, opts: { publicFigures?: readonly string[]; justification: string }): string {
    if (this.confidential || !value) return value;
    const allowed = new Set((opts.publicFigures ?? []).map(figureKey));
    const secret = findFigures(value).filter((f) => !allowed.has(figureKey(f.text)) && !this.publicFigures.has(figureKey(f.text)));
    if (!secret.length) return value;
    this.claims.push({ location: this.locate(), what: 'An explanation that quotes confidential figures', category: 'business-secret', justification: opts.justification });
    return GENERATED_OMITTED;
  }

  /** Counts a structured figure printed as a range, for the claims index. */
  figure(kind: ConfidentialFigure): void {
    if (this.confidential) return;
    const key = `${this.locate()}\u0000${kind}`;
    this.figureCounts.set(key, (this.figureCounts.get(key) ?? 0) + 1);
  }

  /** Every claim of the edition, the structured figures summed per place and kind. */
  allClaims(): Claim[] {
    const figures = [...this.figureCounts].map(([key, n]) => {
      const [location, kind] = key.split('\u0000') as [string, ConfidentialFigure];
      const c = FIGURE_CLAIMS[kind];
      return { location, what: `${n} ${c.what}, printed as ranges`, category: 'business-secret' as const, justification: c.justification };
    });
    return [...this.claims, ...figures];
  }

  private withoutPassages(value: string, field: string): string {
    let out = normaliseForNet(value);
    for (const p of this.passages) {
      const needle = normaliseForNet(p.text);
      if (!out.includes(needle)) continue;
      out = out.split(needle).join(REDACTED_PASSAGE);
      this.claim(`A passage of the ${field.toLowerCase()}`, p);
    }
    return out;
  }

  private claim(what: string, mark: Mark): void {
    this.claims.push({ location: this.locate(), what, category: mark.category ?? 'business-secret', justification: mark.justification || `Marked ${CLAIM_CATEGORY_LABELS[mark.category ?? 'business-secret'].toLowerCase()} by counsel.` });
  }

  /** `original` is the field as stored: what counsel marks, so the finding shows it. */
  private check(text: string, subject: MarkSubject, field: string, original: string): string {
    const figures = findFigures(text).map((f) => f.text).filter((f) => !this.publicFigures.has(figureKey(f)));
    if (figures.length) {
      const location = this.locate();
      const value = original.length > MAX_VALUE ? `${original.slice(0, MAX_VALUE)}…` : original;
      const same = this.findings.find((f) => f.location === location && f.field === field && f.value === value);
      if (!same) this.findings.push({ location, subject, field, value, figures: [...new Set(figures)] });
    }
    return text;
  }
}
