/** Names the pizzeria for memberAction; the server checks the membership, never trusts this. */
export function TenantField({ slug }: { slug: string }) {
  return <input type="hidden" name="tenant" value={slug} />;
}
