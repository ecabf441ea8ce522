export { recordAudit, diffFields, type Actor, type AuditInput } from './record';
export { verifyAuditChain, type ChainReport } from './verify-chain';
export { canonicalJson, sha256Hex, GENESIS_HASH } from './canonical';
