// Writes integrity.json: the SRI sha384 of every file in the package.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'pkg';
const out = {};
for (const f of readdirSync(dir).sort()) {
  if (f === 'integrity.json') continue;
  const b = readFileSync(join(dir, f));
  out[f] = `sha384-${createHash('sha384').update(b).digest('base64')}`;
}
writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(out, null, 2)}\n`);
