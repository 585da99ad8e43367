import { build } from 'esbuild';

/**
 * Bundles Node entry points (the sidecar, the worker, …) into single ES module files, as the image
 * runs them: no tsx, no TypeScript at run time. Used by `build:standalone` and bench:realtime.
 */
export async function bundleServices(entryPoints: Record<string, string>, outdir: string) {
  await build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // Optional native speed-ups that the bundled libraries load inside try/catch.
    external: ['pg-native', 'bufferutil', 'utf-8-validate'],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
