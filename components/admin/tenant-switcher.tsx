import Link from 'next/link';
import { homePathFor } from '@/lib/auth/memberships';
import type { Role } from '@/db/schema';

/** One person may work at several pizzerias: a link to each of the others. */
export function TenantSwitcher({
  current,
  places,
}: {
  current: string;
  places: { slug: string; name: string; role: Role }[];
}) {
  const others = places.filter((p) => p.slug !== current);
  if (others.length === 0) return null;
  return (
    <details className="relative">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-stone-700 hover:text-tomato">
        Trocar de pizzaria
      </summary>
      <ul className="absolute right-0 z-10 mt-2 w-56 rounded-xl bg-white p-2 shadow-lg ring-1 ring-stone-200">
        {others.map((p) => (
          <li key={p.slug}>
            <Link href={homePathFor(p.slug, p.role)} className="block rounded-lg px-3 py-2 hover:bg-stone-100">
              {p.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
