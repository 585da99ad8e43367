/**
 * The tags every Sentry event of a request carries besides release and environment: the request's
 * id (X-Request-Id: the gateway's, or the one the web process gave it) and the pizzeria its URL
 * names. Pure, so instrumentation.ts can use it in any runtime.
 */
export function requestTags(
  request: { path: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string },
): Record<string, string> {
  const tags: Record<string, string> = {};
  const id = request.headers['x-request-id'];
  const requestId = Array.isArray(id) ? id[0] : id;
  if (requestId) tags.request_id = requestId;
  const parts = request.path.split('?')[0]!.split('/');
  const tenant = context.routePath.startsWith('/[tenant]')
    ? parts[1]
    : context.routePath.startsWith('/api/t/[tenant]')
      ? parts[3]
      : undefined;
  if (tenant) tags.tenant = tenant;
  return tags;
}
