import type { z } from 'zod';
import { BodyTooLarge, readCappedText } from '@/lib/http/capped-body';
import { invalidRequest, problem } from './problem';

/** Bodies of the API are small JSON objects: a cart, a customer, a move. */
const MAX_BODY_BYTES = 16 * 1024;

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** The JSON body, parsed with `schema`; anything else is answered (400, 413, 415) before the domain sees it. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, response: problem('unsupported_media_type', 'Envie o corpo como application/json.') };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readCappedText(request, MAX_BODY_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return { ok: false, response: problem('payload_too_large', `O corpo passa de ${MAX_BODY_BYTES} bytes.`) };
    }
    return { ok: false, response: problem('invalid_request', 'O corpo não é um JSON válido.') };
  }
  return parseWith(schema, raw, 'body');
}

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, where: 'body' | 'query' | 'path' | 'header') {
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? ({ ok: true, data: parsed.data } as const)
    : ({ ok: false, response: invalidRequest(parsed.error, where) } as const);
}

export const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/** The Idempotency-Key header, checked like a field. */
export const idempotencyKeyOf = (request: Request) => request.headers.get('idempotency-key') ?? undefined;
