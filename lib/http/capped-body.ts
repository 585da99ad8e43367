export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`body over ${limitBytes} bytes`);
  }
}

/**
 * The request body as text, read only up to `limitBytes`: a declared Content-Length over the
 * limit is refused before reading anything, and an undeclared (chunked) body stops being read the
 * moment it passes the limit, so an oversize upload costs at most `limitBytes` of memory.
 */
export async function readCappedText(request: Request, limitBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limitBytes) throw new BodyTooLarge(limitBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw new BodyTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
