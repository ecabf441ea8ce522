import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, createHash, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { desc } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { env } from '@/lib/env';

/*
 * Signed checkpoints of the audit chain's head. The chain alone shows an altered event, but not a
 * deleted tail nor a chain re-hashed from an altered event onwards (anyone can run the hash
 * function). A checkpoint is the head "seq:hash" signed with an Ed25519 key held OUTSIDE the
 * database (AUDIT_SIGNING_KEY, or a 0600 file in DATA_DIR), appended to a log file in DATA_DIR:
 * a trail that no longer contains a signed head was cut or rewritten after that checkpoint.
 * It cannot stop someone who holds both the key and the database (see the README).
 */

export type Checkpoint = { v: 1; seq: number; hash: string; at: string; reason: string; keyId: string; sig: string };
export type SigningKey = { privateKey: KeyObject; publicKey: KeyObject; keyId: string };

const KEY_FILE = 'audit-signing-key.pem';
const LOG_FILE = 'audit-checkpoints.jsonl';

function dataDir(dir?: string) {
  return path.resolve(dir ?? env.DATA_DIR);
}

/** What is signed: a fixed prefix so a signature over anything else can never pass as a checkpoint. */
function message(cp: Pick<Checkpoint, 'seq' | 'hash' | 'at' | 'reason'>) {
  return Buffer.from(`merger-review audit checkpoint v1\n${cp.seq}:${cp.hash}\n${cp.at}\n${cp.reason}`, 'utf8');
}

function keyIdOf(publicKey: KeyObject) {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

function fromPem(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The audit signing key must be an Ed25519 private key (PEM, PKCS#8).');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/**
 * The signing key: AUDIT_SIGNING_KEY if set, else DATA_DIR/audit-signing-key.pem, created (mode
 * 0600) on first use when `create` is set. Null when there is none and none may be created.
 */
export function loadSigningKey(opts: { dataDir?: string; create?: boolean } = {}): SigningKey | null {
  if (env.AUDIT_SIGNING_KEY) return fromPem(env.AUDIT_SIGNING_KEY.replace(/\\n/g, '\n'));
  const file = path.join(dataDir(opts.dataDir), KEY_FILE);
  if (!fs.existsSync(file)) {
    if (!opts.create) return null;
    const { privateKey } = generateKeyPairSync('ed25519');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err; // another process made it first: use theirs
    }
  }
  return fromPem(fs.readFileSync(file, 'utf8'));
}

/** Every checkpoint in the log, oldest first; lines that are not checkpoints are reported, not skipped silently. */
export function readCheckpoints(opts: { dataDir?: string } = {}): { checkpoints: Checkpoint[]; unreadable: number } {
  const file = path.join(dataDir(opts.dataDir), LOG_FILE);
  if (!fs.existsSync(file)) return { checkpoints: [], unreadable: 0 };
  const checkpoints: Checkpoint[] = [];
  let unreadable = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const cp = JSON.parse(line) as Checkpoint;
      if (cp.v === 1 && Number.isSafeInteger(cp.seq) && /^[0-9a-f]{64}$/.test(cp.hash)) checkpoints.push(cp);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { checkpoints, unreadable };
}

/** The newest checkpoint in the log (by chain position), for an auditor package's anchor. */
export function getLatestCheckpoint(opts: { dataDir?: string } = {}): Checkpoint | null {
  const { checkpoints } = readCheckpoints(opts);
  return checkpoints.reduce<Checkpoint | null>((best, cp) => (!best || cp.seq > best.seq ? cp : best), null);
}

export function checkpointSignatureValid(cp: Checkpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, message(cp), publicKey, Buffer.from(cp.sig, 'base64'));
  } catch {
    return false;
  }
}

export function signCheckpoint(head: { seq: number; hash: string }, key: SigningKey, reason: string, at = new Date()): Checkpoint {
  const body = { seq: head.seq, hash: head.hash, at: at.toISOString(), reason };
  return { v: 1, ...body, keyId: key.keyId, sig: sign(null, message(body), key.privateKey).toString('base64') };
}

/** The committed head of the chain, or null for an empty trail. */
export async function readChainHead(db: Executor): Promise<{ seq: number; hash: string } | null> {
  const [last] = await db.select({ seq: auditEvents.seq, hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  return last ?? null;
}

/**
 * Signs the current head and appends it to the log (skipped when the head is the one last signed).
 * Called periodically by the server, at clean shutdown and after every generated document.
 */
export async function writeCheckpoint(db: Executor, reason: string, opts: { dataDir?: string } = {}): Promise<Checkpoint | null> {
  const head = await readChainHead(db);
  if (!head) return null;
  const latest = getLatestCheckpoint(opts);
  if (latest && latest.seq === head.seq && latest.hash === head.hash) return latest;
  const key = loadSigningKey({ ...opts, create: true })!;
  const cp = signCheckpoint(head, key, reason);
  // One short line with O_APPEND: concurrent writers (server, a script) do not interleave.
  fs.appendFileSync(path.join(dataDir(opts.dataDir), LOG_FILE), JSON.stringify(cp) + '\n', { mode: 0o600 });
  return cp;
}

type CheckpointGlobals = typeof globalThis & { __mergerCheckpoints?: { dataDir: string } };
const cg = globalThis as CheckpointGlobals;

/**
 * The server turns checkpoints on for its own data folder at start. Elsewhere (tests on scratch
 * databases, scripts) `checkpointNow` does nothing, so no foreign head lands in a real log.
 */
export function enableCheckpoints(opts: { dataDir?: string } = {}) {
  cg.__mergerCheckpoints = { dataDir: dataDir(opts.dataDir) };
}

/** Signs the head now if this process writes checkpoints; never fails the caller's work. */
export async function checkpointNow(db: Executor, reason: string): Promise<Checkpoint | null> {
  const on = cg.__mergerCheckpoints;
  if (!on) return null;
  try {
    return await writeCheckpoint(db, reason, on);
  } catch (err) {
    console.error(`Could not write an audit checkpoint (${reason})`, err);
    return null;
  }
}
