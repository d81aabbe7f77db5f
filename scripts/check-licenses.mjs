// Lists the licences of every production dependency (transitively) and fails on any that is not permissive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ALLOWED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0']);

/** Reads a package's manifest from node_modules. */
function manifest(name) {
  return JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
}

/** Normalises the licence field (a string, an SPDX expression, or the old object form). */
function licenceOf(pkg) {
  const raw = pkg.license ?? pkg.licenses ?? 'UNKNOWN';
  if (Array.isArray(raw)) return raw.map((l) => l.type ?? l).join(' OR ');
  return typeof raw === 'object' ? (raw.type ?? 'UNKNOWN') : raw;
}

/** An SPDX expression is acceptable when every alternative of an OR, or every part of an AND, is allowed. */
function permitted(expr) {
  const clean = expr.replace(/[()]/g, '').trim();
  if (clean.includes(' OR ')) return clean.split(' OR ').some((part) => permitted(part));
  if (clean.includes(' AND ')) return clean.split(' AND ').every((part) => permitted(part));
  return ALLOWED.has(clean);
}

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const seen = new Map();
const queue = Object.keys(root.dependencies ?? {});
while (queue.length > 0) {
  const name = queue.shift();
  if (seen.has(name)) continue;
  const pkg = manifest(name);
  seen.set(name, { version: pkg.version, licence: licenceOf(pkg) });
  queue.push(...Object.keys(pkg.dependencies ?? {}));
}

let bad = 0;
for (const [name, { version, licence }] of [...seen].sort(([a], [b]) => a.localeCompare(b))) {
  const ok = permitted(licence);
  if (!ok) bad++;
  console.log(`${ok ? 'ok ' : 'BAD'} ${name}@${version}  ${licence}`);
}
console.log(`${seen.size} production packages, ${bad} with a licence that is not permissive`);
if (bad > 0) {
  console.error('Remove or replace the packages marked BAD: only MIT, ISC, BSD, Apache-2.0 may ship in this MIT app.');
  process.exit(1);
}
