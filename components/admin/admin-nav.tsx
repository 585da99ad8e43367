'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Role } from '@/db/schema';

const SECTIONS = [
  { path: '', label: 'Hoje', ownerOnly: false },
  { path: '/cardapio', label: 'Cardápio', ownerOnly: false },
  { path: '/pizzas', label: 'Pizzas', ownerOnly: false },
  { path: '/pedidos', label: 'Pedidos', ownerOnly: false },
  { path: '/equipe', label: 'Equipe', ownerOnly: true },
  { path: '/configuracoes', label: 'Configurações', ownerOnly: true },
];

export function AdminNav({ slug, role }: { slug: string; role: Role }) {
  const pathname = usePathname();
  const base = `/${slug}/admin`;
  return (
    <nav aria-label="Seções do painel" className="mx-auto max-w-5xl overflow-x-auto px-2">
      <ul className="flex gap-1 whitespace-nowrap">
        {SECTIONS.filter((s) => role === 'owner' || !s.ownerOnly).map((s) => {
          const href = base + s.path;
          const current = s.path === '' ? pathname === base : pathname.startsWith(href);
          return (
            <li key={s.path}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className="inline-block border-b-3 border-transparent px-3 py-2.5 font-medium text-stone-700 hover:text-tomato aria-[current=page]:border-tomato aria-[current=page]:text-tomato"
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
