import type { z } from 'zod';

/**
 * Why a domain function or a server action said no. `message` is shown to people as is (pt-BR);
 * `fields` puts a message beside each form field at fault; a module's own errors add what a
 * caller needs to recover (the slices left, the status the order is in, …).
 */
export type DomainError<C extends string = string> = { code: C; message: string; fields?: Record<string, string> };

/** What every domain function and server action answers. */
export type Result<T extends object = object, E extends DomainError = DomainError> =
  | ({ ok: true } & T)
  | { ok: false; error: E };

export const fail = <const E extends DomainError>(error: E) => ({ ok: false as const, error });

/** Input that failed its schema: one message for people, and each issue by its dotted path. */
export function invalidInput(error: z.ZodError) {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return fail({
    code: 'invalid_input',
    message: `Dados inválidos: ${issues.map((i) => i.message).join('; ')}.`,
    issues,
  });
}
