import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const APP = join(import.meta.dirname, '../../app');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export type AppFile = { path: string; file: string; source: string; params: string[] };

/** Every page, layout, route handler and actions module under app/, read from disk: a new one is found by itself. */
export function appFiles(kind: 'page' | 'layout' | 'route' | 'actions'): AppFile[] {
  return walk(APP)
    .filter((f) => new RegExp(`/${kind}\\.tsx?$`).test(f))
    .map((file) => {
      const path = relative(APP, file);
      return {
        path,
        file,
        source: readFileSync(file, 'utf8'),
        params: [...path.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!),
      };
    });
}

/** A pizzeria's staff-only code: under its admin or KDS segment, or checking membership itself. */
export const isStaffOnly = (f: AppFile) =>
  f.params.includes('tenant') &&
  (/^\[tenant\]\/(admin|kds)(\/|$)/.test(f.path) ||
    /requireMember|checkMember|memberOrResponse|memberAction/.test(f.source));

/** The roles a page names in its requireMember call (ROLES.x). */
export function declaredRoles(f: AppFile): string | null {
  return f.source.match(/requireMember\([^)]*ROLES\.(\w+)/)?.[1] ?? null;
}
