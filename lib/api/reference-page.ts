import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Swagger UI's prebuilt browser files, served from our own origin (the CSP allows no other script source). */
const ASSETS = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
} as const;

export async function referenceAsset(name: string): Promise<Response> {
  if (!Object.hasOwn(ASSETS, name)) return new Response('Não encontrado.', { status: 404 });
  const body = await readFile(join(process.cwd(), 'node_modules/swagger-ui-dist', name));
  return new Response(body, {
    headers: { 'Content-Type': ASSETS[name as keyof typeof ASSETS], 'Cache-Control': 'public, max-age=86400' },
  });
}

/**
 * The reference page: the only page that loads the renderer. Its scripts carry the request's CSP
 * nonce (lib/http/request-guard.ts); the online validator badge is off, so nothing leaves our origin.
 */
export function referencePage(requestNonce: string | null): Response {
  // Only the guard's own base64 nonce is ever written into the page.
  const nonce = /^[A-Za-z0-9+/]{16,64}={0,2}$/.test(requestNonce ?? '') ? requestNonce : '';
  const html = `<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meu Pedaço — API pública v1</title>
<link rel="stylesheet" href="/api/v1/docs/swagger-ui.css">
</head>
<body>
<main id="reference"></main>
<script nonce="${nonce}" src="/api/v1/docs/swagger-ui-bundle.js"></script>
<script nonce="${nonce}">
window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#reference', validatorUrl: null, deepLinking: true });
</script>
</body>
</html>`;
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
