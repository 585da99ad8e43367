'use client';

import { startTransition, useActionState, useRef, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/actions/validated-action';

/**
 * useActionState for forms that keep what the person typed when the server says no: React
 * resets a `<form action>` after every submission, which would wipe a long form over one bad field.
 */
export function useFormAction<T extends object>(
  action: (previous: unknown, formData: FormData) => Promise<ActionResult<T>>,
  { resetOnSuccess = false, confirm }: { resetOnSuccess?: boolean; confirm?: string } = {},
) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, run, pending] = useActionState(async (previous: ActionResult<T> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok && resetOnSuccess) formRef.current?.reset();
    return result;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const formData = new FormData(event.currentTarget);
    startTransition(() => run(formData));
  };
  return { state, pending, formProps: { ref: formRef, onSubmit, noValidate: true } };
}
