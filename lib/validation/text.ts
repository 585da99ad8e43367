import { z } from 'zod';

/**
 * C0 and C1 control characters (NUL among them) and the Unicode line/paragraph separators. Postgres
 * refuses NUL in text (a 500 if it got that far), and none of them belongs in a name, a slug or an
 * e-mail. Multi-line fields may keep tab and newline.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this module's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

export const CONTROL_CHAR_MESSAGE = 'Use apenas texto comum, sem caracteres de controle.';

export const hasControlChars = (value: string, multiline = false) =>
  (multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value);

type SafeTextOptions = {
  /** Shown when the field is missing or not text ("Informe seu nome."). */
  required?: string;
  min?: [number, string];
  max: [number, string];
  /** Keeps tab and newline (descriptions, reasons). */
  multiline?: boolean;
};

/** Trimmed text with no control characters, within `max` (and `min`): the atom every text field is made of. */
export function safeText({ required, min, max, multiline = false }: SafeTextOptions) {
  const base = z
    .string(required ? { error: required } : undefined)
    .refine((v) => !hasControlChars(v, multiline), CONTROL_CHAR_MESSAGE)
    .transform((v) => v.trim());
  return base.pipe(min ? z.string().min(min[0], min[1]).max(max[0], max[1]) : z.string().max(max[0], max[1]));
}

/** A trimmed, lower-cased e-mail address. */
export const emailAddress = (required = 'Informe seu e-mail.', invalid = 'Informe um e-mail válido.') =>
  z
    .string({ error: required })
    .refine((v) => !hasControlChars(v), CONTROL_CHAR_MESSAGE)
    .transform((v) => v.trim().toLowerCase())
    .pipe(
      z
        .string()
        .max(120, 'E-mail longo demais.')
        .pipe(z.email({ error: invalid })),
    );
