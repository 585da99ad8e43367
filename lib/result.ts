import type { z } from 'zod';

/** Input that failed its schema: one message for people, and each issue by its dotted path. */
export function invalidInput(error: z.ZodError) {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return {
    ok: false as const,
    error: {
      code: 'invalid_input' as const,
      message: `Dados inválidos: ${issues.map((i) => i.message).join('; ')}.`,
      issues,
    },
  };
}

/** A refusal the caller can show as is: `message` is for people (pt-BR), `code` for code. */
export const fail = <const E extends { code: string; message: string }>(error: E) => ({ ok: false as const, error });
