import type { Metadata } from 'next';
import { AddStaffForm } from '@/components/admin/add-staff-form';
import { InlineAction } from '@/components/admin/inline-action';
import { requireMember, ROLES } from '@/lib/auth';
import { listStaff, ROLE_LABELS } from '@/lib/staff/team';
import { addStaffAction, removeStaffAction } from './actions';

export const metadata: Metadata = { title: 'Equipe' };

type Props = { params: Promise<{ tenant: string }> };

export default async function TeamPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant, user } = await requireMember(slug, ROLES.ownerOnly, `/${slug}/admin/equipe`);
  const staff = await listStaff(tenant.id);

  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="team-heading">
        <h1 id="team-heading" className="mb-4 text-2xl font-bold">
          Equipe
        </h1>
        <ul className="flex flex-col gap-3">
          {staff.map((s) => (
            <li
              // A changed team remounts the rows: a refusal on one ("precisa de pelo menos um dono")
              // must not outlive the add or removal that came after it.
              key={`${s.userId}-${staff.length}`}
              className="flex flex-wrap items-center gap-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200"
            >
              <div className="min-w-40 flex-1">
                <p className="font-semibold">
                  {s.name} {s.userId === user.id && <span className="text-sm font-normal text-stone-600">(você)</span>}
                </p>
                <p className="text-sm text-stone-600">
                  {s.email} · {ROLE_LABELS[s.role]}
                </p>
              </div>
              <InlineAction
                action={removeStaffAction}
                fields={{ tenant: slug, userId: s.userId }}
                label="Remover"
                pendingLabel="Removendo…"
                variant="danger"
                confirm={`Remover ${s.name} da equipe? A pessoa perde o acesso a ${tenant.name} na hora.`}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="add-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
        <h2 id="add-heading" className="mb-4 text-lg font-semibold">
          Adicionar pessoa
        </h2>
        <AddStaffForm action={addStaffAction} slug={slug} />
      </section>
    </div>
  );
}
