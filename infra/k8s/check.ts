/**
 * Validates the Kubernetes manifests against the API's OpenAPI schemas, offline, with the
 * `kubernetes-models` package (one model per apiVersion/kind):
 * - its JSON-schema validator checks types, enums and required fields;
 * - the same package's TypeScript types check every field name: each document is type-checked
 *   as an object literal of its kind, so a misspelled or misplaced field is an error (the
 *   package's runtime schemas allow unknown fields, as the API server itself would silently
 *   drop them — which is exactly the mistake to catch).
 * `npm run check:k8s` runs it on infra/k8s; tests/deploy/k8s.test.ts proves it catches errors.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';

export type Manifest = { file: string; index: number; doc: { apiVersion?: unknown; kind?: unknown } & object };

/** Every document of every `.yaml` file under `dir` (kustomize's own file is not an API object). */
export async function loadManifests(dir: string): Promise<Manifest[]> {
  const out: Manifest[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml') || entry.name === 'kustomization.yaml') continue;
    const file = path.join(entry.parentPath, entry.name);
    const docs = parseAllDocuments(await readFile(file, 'utf8'));
    for (const [index, doc] of docs.entries()) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
      const value = doc.toJS({ maxAliasCount: 100 }) as Manifest['doc'] | null;
      if (value !== null) out.push({ file, index, doc: value });
    }
  }
  return out;
}

/** The model module of a document: `kubernetes-models/<apiVersion>/<Kind>`. */
function modelPath({ apiVersion, kind }: Manifest['doc']) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !/^[A-Za-z]+$/.test(kind)) return null;
  if (!/^[a-z0-9.]*\/?v\d+[a-z0-9]*$/.test(apiVersion)) return null;
  return `kubernetes-models/${apiVersion}/${kind}`;
}

/** One message per problem, naming the file and document; empty when all is well. */
export async function checkManifests(manifests: Manifest[]): Promise<string[]> {
  const problems: string[] = [];
  const where = (m: Manifest) => `${m.file} (document ${m.index + 1}, ${String(m.doc.kind)})`;
  const typed: { manifest: Manifest; module: string }[] = [];
  for (const manifest of manifests) {
    const module = modelPath(manifest.doc);
    let Model: new (doc: object) => { validate(): void };
    try {
      if (!module) throw new Error('no apiVersion/kind');
      Model = (await import(module))[manifest.doc.kind as string];
      if (typeof Model !== 'function') throw new Error('unknown kind');
    } catch {
      problems.push(
        `${where(manifest)}: unknown apiVersion/kind ${String(manifest.doc.apiVersion)}/${String(manifest.doc.kind)}`,
      );
      continue;
    }
    try {
      new Model(manifest.doc).validate();
    } catch (err) {
      problems.push(`${where(manifest)}: ${(err as Error).message}`);
    }
    typed.push({ manifest, module: module! });
  }
  problems.push(...(await checkFieldNames(typed)));
  return problems;
}

/** Type-checks each document as `const x: I<Kind> = <document>`: unknown fields are errors. */
async function checkFieldNames(typed: { manifest: Manifest; module: string }[]) {
  if (typed.length === 0) return [];
  // Inside the project, so the compiler resolves kubernetes-models from its node_modules.
  const dir = await mkdtemp(path.join(process.cwd(), 'node_modules', '.k8s-check-'));
  try {
    const lines = typed.flatMap(({ manifest, module }, i) => [
      `import type { I${String(manifest.doc.kind)} as T${i} } from '${module}';`,
      `export const m${i}: T${i} = ${JSON.stringify(manifest.doc)};`,
    ]);
    const file = path.join(dir, 'manifests.ts');
    await writeFile(file, `${lines.join('\n')}\n`);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
      const entry = typed[Math.floor(line / 2)];
      const at = entry
        ? `${entry.manifest.file} (document ${entry.manifest.index + 1}, ${String(entry.manifest.doc.kind)})`
        : 'manifests';
      return `${at}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'infra/k8s';
  const manifests = await loadManifests(path.resolve(dir));
  const problems = await checkManifests(manifests);
  for (const p of problems) console.error(p);
  console.log(JSON.stringify({ manifests: manifests.length, problems: problems.length }));
  process.exit(problems.length === 0 ? 0 : 1);
}
