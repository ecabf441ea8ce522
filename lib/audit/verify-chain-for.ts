import { getDb } from '@/db/client';
import { canGlobal, type SessionUser } from '@/lib/access';
import { ForbiddenError } from '@/lib/core/errors';
import { verifyAuditChain, type ChainReport } from './verify-chain';

/** The whole chain verified on an administrator's request (the audit page's button); the command line uses verifyAuditChain. */
export async function verifyAuditChainFor(opts: { actor: SessionUser }): Promise<ChainReport> {
  if (!canGlobal(opts.actor, 'read-all-audit')) throw new ForbiddenError('Only an administrator can verify the whole audit trail.');
  return verifyAuditChain(await getDb());
}
