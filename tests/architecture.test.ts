import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/**
 * The story of an order, top to bottom: customer use cases and the kitchen's read model call
 * payments, payments call inventory, inventory calls orders. Never the other way.
 */
const LAYERS: readonly (readonly string[])[] = [['checkout', 'kitchen'], ['payments'], ['inventory'], ['orders']];

type Edge = { from: string; to: string; file: string; spec: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A repository import as a path from the root (null: a package). */
function rootPathOf(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return relative(ROOT, join(ROOT, dirname(file), spec));
  return null;
}

/** Every module a file names (imports, `export … from`, dynamic imports, type-only ones too), as a path from the root. */
function importsOf(file: string): { spec: string; target: string }[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName: spec }) => {
    const target = rootPathOf(file, spec);
    return target ? [{ spec, target }] : [];
  });
}

/** The modules a file loads at run time: type-only imports and exports are erased by the compiler. */
function runtimeImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
  const specs = source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : null;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && named && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly));
      return typeOnly ? [] : [(statement.moduleSpecifier as ts.StringLiteral).text];
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly)
      return [(statement.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
  return specs.flatMap((spec) => rootPathOf(file, spec) ?? []);
}

/**
 * Every file of this repository a browser bundle that starts at `entries` would contain. A `'use server'`
 * module is not among them: the browser gets only references to its actions, never its code.
 */
function bundledFrom(entries: string[]): Map<string, string> {
  const via = new Map<string, string>();
  const visit = (file: string, from: string) => {
    if (via.has(file) || readFileSync(join(ROOT, file), 'utf8').startsWith("'use server'")) return;
    via.set(file, from);
    for (const target of runtimeImportsOf(file)) {
      const next = resolveImport(target);
      if (next) visit(next, file);
    }
  };
  for (const entry of entries) visit(entry, entry);
  return via;
}

/** The file an import names, as a path from the root (null: a package). */
function resolveImport(target: string): string | null {
  for (const ending of ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx', '/index.js']) {
    const path = join(ROOT, target + ending);
    if (existsSync(path) && statSync(path).isFile()) return target + ending;
  }
  return null;
}

/** Every file of this repository that `entries` load, themselves included. */
function reachedFrom(entries: string[]): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const { target } of importsOf(file)) {
      const next = resolveImport(target);
      if (next) visit(next);
    }
  };
  entries.forEach(visit);
  return reached;
}

/** lib/orders/lock.ts → "orders"; lib/redis.ts → "redis.ts": a folder is one unit, a loose file its own. */
function libUnit(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] !== 'lib' || parts.length < 2) return null;
  return parts.length === 2 ? parts[1]!.replace(/\.(ts|tsx|js)$/, '') : parts[1]!;
}

function libEdges(files: string[]): Edge[] {
  return files.flatMap((file) =>
    importsOf(file).flatMap(({ spec, target }) => {
      const from = libUnit(file);
      const to = libUnit(target);
      return from && to && from !== to ? [{ from, to, file, spec }] : [];
    }),
  );
}

const layerOf = (unit: string) => LAYERS.findIndex((layer) => layer.includes(unit));

/** An import from a lower layer to a higher one. */
function upwardImports(edges: Edge[]): Edge[] {
  return edges.filter((e) => layerOf(e.from) >= 0 && layerOf(e.to) >= 0 && layerOf(e.to) < layerOf(e.from));
}

/** Folder pairs that reach each other: each cycle once, as the path that closes it. */
function folderCycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const cycles = new Map<string, string[]>();
  const visit = (unit: string, path: string[]) => {
    for (const to of next.get(unit) ?? []) {
      const at = path.indexOf(to);
      if (at >= 0) {
        const loop = path.slice(at);
        cycles.set([...loop].sort().join(' '), [...loop, to]);
      } else visit(to, [...path, to]);
    }
  };
  for (const unit of next.keys()) visit(unit, [unit]);
  return [...cycles.values()];
}

const show = (edges: Edge[]) => edges.map((e) => `${e.file} imports ${e.spec} (${e.from} → ${e.to})`);

describe('architecture', () => {
  const edges = libEdges(sourceFiles('lib'));

  it('reads the imports between lib/ folders', () => {
    expect(edges.some((e) => e.from === 'inventory' && e.to === 'orders')).toBe(true);
    expect(edges.some((e) => e.from === 'checkout' && e.to === 'payments')).toBe(true);
  });

  it('no lib/ module imports upward: checkout/kitchen → payments → inventory → orders', () => {
    expect(show(upwardImports(edges))).toEqual([]);
  });

  it('no two lib/ folders import each other, however far round', () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it('the checks catch a planted upward import and its cycle', () => {
    const planted = [...edges, { from: 'orders', to: 'checkout', file: 'lib/orders/x.ts', spec: '@/lib/checkout/y' }];
    expect(show(upwardImports(planted))).toEqual(['lib/orders/x.ts imports @/lib/checkout/y (orders → checkout)']);
    expect(folderCycles(planted).length).toBeGreaterThan(0);
  });

  it('components/ and lib/ never import app/; lib/ never imports components/', () => {
    const wrong = [...sourceFiles('components'), ...sourceFiles('lib')].flatMap((file) =>
      importsOf(file)
        .filter(
          ({ target }) => target.startsWith('app/') || (file.startsWith('lib/') && target.startsWith('components/')),
        )
        .map(({ spec }) => `${file} imports ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the storefront, checkout, order page and kitchen segments each catch their own errors', () => {
    const segments = ['app/[tenant]', 'app/[tenant]/checkout', 'app/[tenant]/pedido/[code]', 'app/[tenant]/kds'];
    const missing = segments
      .map((segment) => join(segment, 'error.tsx'))
      .filter(
        (file) => !existsSync(join(ROOT, file)) || !readFileSync(join(ROOT, file), 'utf8').startsWith("'use client'"),
      );
    expect(missing).toEqual([]);
  });

  it('server-only modules stay out of the processes that run outside Next (worker, realtime, scripts, benches, e2e set-up)', () => {
    const outside = reachedFrom(['worker', 'realtime', 'scripts', 'bench', 'e2e'].flatMap(sourceFiles));
    const marked = [...outside].filter((file) =>
      /^import 'server-only';$/m.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(marked).toEqual([]);
    // It does mark what only the app serves, from secrets to the kitchen's read model.
    const app = reachedFrom(sourceFiles('app'));
    expect(['lib/auth/config.ts', 'lib/kitchen/board.ts'].filter((file) => app.has(file))).toHaveLength(2);
  });

  it('no client component reaches the database, the environment or a module that holds a secret', () => {
    // `server-only` cannot mark these: the worker and the sidecar load them outside Next, where the
    // marker throws. This check covers them and every server-only module, whatever loads them.
    const secretHolders = [
      /^db\//,
      /^lib\/env\.js$/,
      /^lib\/payments\/credentials\//,
      /^lib\/auth\/secret\.ts$/,
      /^lib\/orders\/access-token\.ts$/,
      /^lib\/realtime\/kds-token\.ts$/,
    ];
    const isServerOnly = (file: string) =>
      secretHolders.some((pattern) => pattern.test(file)) ||
      /^import 'server-only';$/m.test(readFileSync(join(ROOT, file), 'utf8'));
    const clientEntries = [...sourceFiles('app'), ...sourceFiles('components')].filter((file) =>
      readFileSync(join(ROOT, file), 'utf8').startsWith("'use client'"),
    );
    expect(clientEntries.length).toBeGreaterThan(20);
    const bundled = bundledFrom(clientEntries);
    const leaks = [...bundled].filter(([file]) => isServerOnly(file)).map(([file, from]) => `${from} → ${file}`);
    expect(leaks).toEqual([]);
    // The walk follows value imports only: a client component that imported db/client would be caught.
    const planted = bundledFrom(['lib/kitchen/board.ts']);
    expect([...planted.keys()].some((file) => file.startsWith('db/'))).toBe(true);
  });
});
