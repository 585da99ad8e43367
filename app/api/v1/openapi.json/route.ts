import { openApiDocument } from '@/lib/api/openapi';

/** The OpenAPI 3.1 document, public: integrators read it before they have a key. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
