// Fails when package-lock.json lacks an entry for an optional dependency that some package in it
// declares, e.g. the macOS build of a native addon (@tailwindcss/oxide-darwin-arm64). Such a lock
// installs here but `npm ci` rejects it on a clean clone, and a Mac would get a different tree.
import { readFileSync } from 'node:fs';

const { packages } = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));

/** Where Node would find `name` from the package at `path`: its own node_modules, then each parent's. */
function resolves(path, name) {
  for (let dir = path; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (!dir) return false;
  }
}

const missing = Object.entries(packages).flatMap(([path, pkg]) =>
  Object.keys(pkg.optionalDependencies ?? {})
    .filter((name) => !resolves(path, name))
    .map((name) => `${path || '(root)'} → ${name}`),
);
if (missing.length > 0) {
  console.error(`package-lock.json lacks ${missing.length} optional package(s) of other platforms:`);
  for (const line of missing) console.error(`  ${line}`);
  console.error('Regenerate it: rm -rf node_modules package-lock.json && npm install');
  process.exit(1);
}
console.log(`package-lock.json: every optional dependency of ${Object.keys(packages).length} entries is locked`);
