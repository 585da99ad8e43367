import type { z } from 'zod';
import type { DomainError, Result } from '@/lib/result';
import { CONTROL_CHAR_MESSAGE, hasControlChars } from '@/lib/validation/text';

/** `details` carries what a form needs to recover (e.g. the slices left when one sold out). */
export type ActionError<D = unknown> = DomainError & { details?: D };

/** What every server action answers (lib/result.ts): the form shows `error.message` and each field's own message. */
export type ActionResult<T extends object = object, D = unknown> = Result<T, ActionError<D>>;

export const actionError = <D = unknown>(
  code: string,
  message: string,
  fields?: Record<string, string>,
): { ok: false; error: ActionError<D> } => ({
  ok: false,
  error: { code, message, ...(fields ? { fields } : {}) },
});

/** A server action as a page hands it to a client component, for `useActionState` or a direct call. */
export type FormAction<T extends object = object> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

/** FormData as a plain object; a name that repeats becomes an array. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue; // React's own bookkeeping fields
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** The first message per field, keyed by its dotted path. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || 'form';
    fields[path] ??= issue.message;
  }
  return fields;
}

type InvalidInput = { ok: false; error: { code: 'invalid_input'; message: string; fields: Record<string, string> } };

export const invalidInput = (fields: Record<string, string>): InvalidInput => ({
  ok: false,
  error: { code: 'invalid_input', message: 'Confira os campos destacados.', fields },
});

/**
 * The form's fields, or null when what arrived is not a form at all (a hand-made call with JSON
 * arguments, or none). Fields holding control characters are refused here for every action, so
 * a NUL byte never reaches a query even where a schema forgot its text atom.
 */
export function readForm(formData: unknown): { fields: Record<string, unknown> } | InvalidInput {
  if (!(formData instanceof FormData)) return invalidInput({ form: 'Envie o formulário da página.' });
  const fields = formDataToObject(formData);
  const bad: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    if (hasControlChars(key) || texts.some((t) => hasControlChars(t, true))) bad[key] = CONTROL_CHAR_MESSAGE;
  }
  return Object.keys(bad).length > 0 ? invalidInput(bad) : { fields };
}

/**
 * Parses the form with `schema` before `run` sees it; bad input answers with pt-BR messages per
 * field and never reaches the domain. For `useActionState(action, initial)`.
 */
export function validatedAction<S extends z.ZodType, R extends ActionResult<object, unknown>>(
  schema: S,
  run: (input: z.infer<S>) => Promise<R>,
) {
  return async (_previous: unknown, formData: FormData): Promise<R | InvalidInput> => {
    const form = readForm(formData);
    if (!('fields' in form)) return form;
    const parsed = schema.safeParse(form.fields);
    if (!parsed.success) return invalidInput(fieldErrors(parsed.error));
    return run(parsed.data);
  };
}
