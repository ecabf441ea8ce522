import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'lib', 'db', 'public', 'next.config.js', 'package-lock.json', 'tsconfig.json', 'proxy.ts', 'instrumentation.ts', 'instrumentation-node.ts'];

/** A hash of every source file's path, size and modification time: a changed checkout rebuilds. */
export function sourceFingerprint(root: string): string {
  const h = createHash('sha256');
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      h.update(`${path.relative(root, p)}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  for (const s of SOURCES) walk(path.join(root, s));
  return h.digest('hex');
}
