// EU jurisdiction screen (EUMR Art. 1). Pure: no database, no Next.js.

export { euJurisdiction, formatEurMillions, JurisdictionInputError } from './eu-jurisdiction';
export type { EuJurisdictionResult, UndertakingTurnover } from './eu-jurisdiction';
export { EU_MEMBER_STATES, normaliseMemberState } from './member-states';
export type { MemberState } from './member-states';
