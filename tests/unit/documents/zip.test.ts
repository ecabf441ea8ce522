import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, createZip } from '@/lib/documents/zip';

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;
const hasPython = spawnSync('python3', ['-c', 'import zipfile']).status === 0;
const required = process.env.CI === 'true';
if (!hasUnzip && !hasPython && !required) console.warn('[tests/unit/documents] neither unzip nor python3 found: checking the archive with the in-test reader only.');

const ENTRIES = [
  { name: 'README.txt', data: 'How to check the hashes.\n'.repeat(50) },
  { name: 'documents/Ανθρωπική-深度求索-v1.pdf', data: randomBytes(20_000) }, // incompressible: stored
  { name: 'exports/empty.csv', data: '' },
  { name: 'exports/clusters.json', data: JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ({ i, firm: 'ООО Колосс' })) }) },
];

/** Reads entries back through the central directory, independently of the writer's code paths. */
function readZip(buf: Buffer): Map<string, Buffer> {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(dataStart, dataStart + csize);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data)).toBe(crc);
    out.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('ZIP writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('round-trips stored and deflated entries with UTF-8 names', () => {
    const zip = Buffer.from(createZip(ENTRIES, { modified: new Date('2026-03-04T05:06:08Z') }));
    const back = readZip(zip);
    expect([...back.keys()]).toEqual(ENTRIES.map((e) => e.name));
    for (const e of ENTRIES) expect(back.get(e.name)!.equals(Buffer.from(e.data))).toBe(true);
    // Stored when deflate would not help: the random PDF stand-in is present byte for byte.
    expect(zip.includes(Buffer.from(ENTRIES[1].data))).toBe(true);
  });

  it.skipIf(!hasUnzip && !required)('passes `unzip -t` and extracts identical files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-test-'));
    const file = path.join(dir, 'package.zip');
    writeFileSync(file, createZip(ENTRIES));
    const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test).toMatch(/No errors detected/);
    execFileSync('unzip', ['-q', file, '-d', path.join(dir, 'out')]);
    for (const e of ENTRIES) expect(readFileSync(path.join(dir, 'out', e.name)).equals(Buffer.from(e.data))).toBe(true);
  });

  it.skipIf(!hasPython && !required)('passes `python3 -m zipfile -t`', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-test-'));
    const file = path.join(dir, 'package.zip');
    writeFileSync(file, createZip(ENTRIES));
    const r = spawnSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/Error|bad/i);
    const names = execFileSync('python3', ['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file], { encoding: 'utf8' });
    expect(names.trim().split('\n')).toEqual(ENTRIES.map((e) => e.name));
  });

  it('refuses unsafe or duplicate names', () => {
    for (const name of ['../evil', '/abs', 'a//b', 'a\\b', '']) expect(() => createZip([{ name, data: 'x' }])).toThrow();
    expect(() => createZip([{ name: 'a', data: 'x' }, { name: 'a', data: 'y' }])).toThrow(/Duplicate/);
  });
});
