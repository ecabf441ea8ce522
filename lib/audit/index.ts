export { recordAudit, diffFields, type Actor, type AuditInput } from './record';
export { verifyAuditChain, type ChainReport } from './verify-chain';
export { canonicalJson, sha256Hex, GENESIS_HASH } from './canonical';
export { getLatestCheckpoint, signCheckpoint, writeCheckpoint, checkpointNow, loadSigningKey, readCheckpoints, checkpointSignatureValid, type Checkpoint } from './checkpoint';
export { verifyAnchors, parseHead } from './verify-anchors';
