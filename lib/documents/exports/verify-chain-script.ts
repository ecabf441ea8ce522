/*
 * verify-chain.mjs, shipped in every auditor package: a standalone check of the audit chain with
 * nothing but Node.js (no dependencies, no network, no application). It repeats lib/audit's
 * canonical form and hash exactly; tests/unit/documents/verify-chain.test.ts runs it against
 * packages built from a real database and against one-byte changes.
 * Written without template literals so it can live in this string.
 */
export const VERIFY_CHAIN_SCRIPT = String.raw`#!/usr/bin/env node
// Checks an audit chain exported by merger-review, without the application.
// Usage: node verify-chain.mjs audit-events.json
// Prints "intact" and the head, or the first broken event and why; exit code 0 or 1.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const GENESIS = '0'.repeat(64);

// The canonical form: JSON with object keys sorted at every depth, no spaces, undefined keys left
// out, null for null. The hash of an event is SHA-256 (hex) of this form of its content.
function canonical(v) {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (typeof v === 'object') {
    return '{' + Object.keys(v).filter((k) => v[k] !== undefined).sort().map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
  }
  return JSON.stringify(v);
}
const sha256 = (s) => createHash('sha256').update(s).digest('hex');
const FIELDS = ['seq', 'occurredAt', 'actorId', 'actorEmail', 'action', 'entityType', 'entityId', 'caseId', 'changes', 'ip', 'userAgent', 'prevHash'];

function fail(at, why) {
  console.log('BROKEN at ' + at + ': ' + why);
  process.exit(1);
}

const file = process.argv[2];
if (!file) {
  console.log('Usage: node verify-chain.mjs audit-events.json');
  process.exit(2);
}
let data;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail('the file', 'it is not readable JSON (' + e.message + ')');
}
if (!data || !Array.isArray(data.chain)) fail('the file', 'it holds no "chain" list');

let prevHash = GENESIS;
let nextSeq = 1;
let checked = 0;
for (const item of data.chain) {
  if (item.type === 'event') {
    const at = 'event #' + item.seq;
    if (item.seq !== nextSeq) fail(at, 'expected event #' + nextSeq + ' here: events are missing or out of order');
    if (item.prevHash !== prevHash) fail(at, 'its link to the previous event does not match (expected ' + prevHash + ', found ' + item.prevHash + ')');
    const content = {};
    for (const k of FIELDS) content[k] = item[k] === undefined ? null : item[k];
    const recomputed = sha256(canonical(content));
    if (recomputed !== item.hash) fail(at, 'its content does not match its hash (expected ' + recomputed + ', found ' + item.hash + '): it was altered');
    prevHash = item.hash;
    nextSeq = item.seq + 1;
    checked++;
  } else if (item.type === 'other-events') {
    const at = 'events #' + item.fromSeq + '–#' + item.toSeq + ' of other matters';
    if (item.fromSeq !== nextSeq || item.toSeq < item.fromSeq) fail(at, 'expected the chain to continue at #' + nextSeq);
    if (item.prevHash !== prevHash) fail(at, 'their link to the previous event does not match (expected ' + prevHash + ', found ' + item.prevHash + ')');
    prevHash = item.hash;
    nextSeq = item.toSeq + 1;
  } else {
    fail('item ' + JSON.stringify(item).slice(0, 60), 'unknown entry type');
  }
}
const head = data.head;
if (!head || head.seq !== nextSeq - 1 || head.hash !== prevHash) {
  fail('the head', 'the chain ends at #' + (nextSeq - 1) + ' with ' + prevHash + ', but the file states head ' + JSON.stringify(head));
}
console.log('intact: ' + checked + ' event(s) of this case recomputed, linked from the first event to head #' + head.seq + ' ' + head.hash);
`;

/** How the hash is computed, in words: README and the chain file carry it. */
export const CANONICAL_FORM = [
  'Each event\'s hash is the SHA-256 (lowercase hex) of the canonical JSON of these fields:',
  'seq, occurredAt (ISO 8601 UTC with milliseconds), actorId, actorEmail, action, entityType, entityId,',
  'caseId, changes, ip, userAgent and prevHash (the hash of the event before; 64 zeros for the first).',
  'Canonical JSON: object keys sorted at every depth, no whitespace, strings and numbers as JSON.stringify',
  'writes them, null for missing values. Events of other matters are listed only as ranges with the',
  'link before them and the hash after them, so the chain is checked from the first event to the head',
  'without disclosing them.',
].join('\n');
