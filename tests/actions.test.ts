import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formDataToObject, validatedAction } from '@/lib/actions/validated-action';

describe('validatedAction', () => {
  const action = validatedAction(
    z.object({ name: z.string().min(2, 'Informe seu nome.'), qty: z.coerce.number().int() }),
    async (input) => ({
      ok: true as const,
      echo: input,
    }),
  );
  const form = (entries: [string, string][]) => {
    const fd = new FormData();
    for (const [k, v] of entries) fd.append(k, v);
    return fd;
  };

  it('hands parsed input to the domain', async () => {
    expect(
      await action(
        null,
        form([
          ['name', 'Ana'],
          ['qty', '2'],
        ]),
      ),
    ).toEqual({ ok: true, echo: { name: 'Ana', qty: 2 } });
  });

  it('answers bad input field by field without running', async () => {
    const result = await action(
      null,
      form([
        ['name', 'A'],
        ['qty', 'x'],
      ]),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { name: 'Informe seu nome.' } },
    });
    expect(result.ok || result.error.fields?.qty).toBeTruthy();
  });

  it('keeps repeated names as arrays and drops React bookkeeping', () => {
    expect(
      formDataToObject(
        form([
          ['a', '1'],
          ['a', '2'],
          ['$ACTION_ID_x', ''],
        ]),
      ),
    ).toEqual({ a: ['1', '2'] });
  });
});
