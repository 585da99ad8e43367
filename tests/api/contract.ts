import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi';

/**
 * Every answer an API test reads goes through here: its status must be documented for that
 * operation, and its body must match the documented schema for its content type. So the whole
 * API suite is the contract test, and the document cannot drift from what the handlers send.
 */
const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document as object, 'openapi');

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export type ApiAnswer = { status: number; headers: Headers; body: Record<string, unknown> };

export async function checkAgainstDocument(method: string, template: string, response: Response): Promise<ApiAnswer> {
  const operation = (
    document.paths?.[template] as Record<string, { responses: Record<string, unknown> }> | undefined
  )?.[method.toLowerCase()];
  expect(operation, `${method} ${template} is documented`).toBeDefined();
  const documented = operation!.responses[String(response.status)] as { content?: Record<string, unknown> } | undefined;
  expect(documented, `${method} ${template} documents status ${response.status}`).toBeDefined();
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const text = await response.text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (documented!.content) {
    expect(Object.keys(documented!.content), `${method} ${template} ${response.status} content type`).toContain(type);
    const ref = `openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', String(response.status), 'content', type, 'schema')}`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    const valid = validate(body);
    expect(validate.errors ?? [], `${method} ${template} ${response.status} body matches the document`).toEqual([]);
    expect(valid).toBe(true);
  }
  return { status: response.status, headers: response.headers, body };
}

type CallOptions = {
  key?: string | null;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** A raw body, sent as is (for malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
};

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls the route handler behind `template` (`/orders/{code}`) as Next would, and checks its answer. */
export async function callApi(method: string, template: string, options: CallOptions = {}): Promise<ApiAnswer> {
  const file = join(import.meta.dirname, '../../app/api/v1', template.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts');
  const handler = ((await import(file)) as Record<string, Handler>)[method];
  expect(handler, `${method} ${template} has a handler`).toBeDefined();
  const params = options.params ?? {};
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const request = new Request(`http://localhost:3000/api/v1${path}${options.query ?? ''}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  return checkAgainstDocument(method, template, await handler!(request, { params: Promise.resolve(params) }));
}
