import { formatNumber } from '@/lib/concentration/format';
import type { Concern, Guideline } from '@/lib/concentration/types';
import type { FrozenScenario } from './frozen-inputs';

/*
 * Wording for the screens and scenarios, shared by the market tab, saved analyses and (later)
 * the filing PDF. Pure: no database, no React.
 */

export const GUIDELINE_TITLES: Record<Guideline, { authority: string; title: string; status?: string }> = {
  'us-2023': { authority: 'United States', title: 'DOJ/FTC Merger Guidelines (2023)' },
  // Superseded on 18 Dec 2023; still screened because older decisions and many clients reason with it.
  'us-2010': { authority: 'United States', title: 'Horizontal Merger Guidelines (2010)', status: 'Withdrawn: superseded by the 2023 Merger Guidelines; for reference only' },
  'eu-2004': { authority: 'European Union', title: 'Horizontal Merger Guidelines (2004)' },
};

export type Tone = 'ok' | 'warn' | 'danger';

const VERDICTS: Record<Guideline, Partial<Record<Concern, { label: string; tone: Tone }>>> = {
  'us-2023': {
    none: { label: 'Structural presumption not triggered', tone: 'ok' },
    presumed: { label: 'Presumed to substantially lessen competition', tone: 'danger' },
  },
  'us-2010': {
    none: { label: 'Unlikely to have adverse competitive effects', tone: 'ok' },
    potential: { label: 'Potentially raises significant concerns', tone: 'warn' },
    presumed: { label: 'Presumed likely to enhance market power', tone: 'danger' },
  },
  'eu-2004': {
    none: { label: 'Within the safe harbour', tone: 'ok' },
    potential: { label: 'Outside the safe harbour: further assessment', tone: 'warn' },
    presumed: { label: 'Outside the safe harbour: further assessment', tone: 'warn' },
  },
};

export function verdict(guideline: Guideline, concern: Concern): { label: string; tone: Tone } {
  return VERDICTS[guideline][concern] ?? { label: concern, tone: 'warn' };
}

export const fmtInt = (n: number) => formatNumber(n, 0);
/** HHI figures: whole points, but one decimal when small so a 0.4 change does not read "0". */
export const fmtHhi = (n: number) => formatNumber(n, Math.abs(n) < 10 && n !== 0 ? 1 : 0);
export const fmtPct = (n: number) => `${formatNumber(n, 1)} %`;
export const fmtCapacity = (n: number) => formatNumber(n, n !== 0 && Math.abs(n) < 100 ? 2 : 0);

export function fmtRange(r: { low: number; central: number; high: number }): string {
  if (r.low === r.high) return fmtInt(r.central);
  return `${fmtInt(r.low)} – ${fmtInt(r.high)} (central ${fmtInt(r.central)})`;
}

/** One line saying what the scenario does, e.g. "xAI → Anthropic: 30,000 – 50,000 NVIDIA H100 SXM". */
export function describeScenario(s: FrozenScenario): string {
  if (s.kind === 'merger') return `Full merger: ${s.target} into ${s.acquirer}`;
  return `Transfer ${s.from} → ${s.to}: ${fmtRange(s.count)} ${s.accelerator}`;
}

export const STATUS_TONE: Record<string, Tone> = { operational: 'ok', 'under construction': 'warn', planned: 'warn' };
