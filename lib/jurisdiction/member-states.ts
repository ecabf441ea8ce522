// EU-27 Member State codes (Eurostat/EU style: Greece is EL; GR is accepted and read as EL).
// Turnover in EEA-EFTA states or the UK is not Member-State turnover for EUMR Art. 1.

export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'EL', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;
export type MemberState = (typeof EU_MEMBER_STATES)[number];

const ALIASES: Record<string, MemberState> = { GR: 'EL' };

export function normaliseMemberState(code: string): MemberState | undefined {
  const upper = code.trim().toUpperCase();
  const resolved = ALIASES[upper] ?? upper;
  return (EU_MEMBER_STATES as readonly string[]).includes(resolved) ? (resolved as MemberState) : undefined;
}
