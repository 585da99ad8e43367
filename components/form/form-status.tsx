import type { ActionResult } from '@/lib/actions/validated-action';

/** The action's outcome, announced politely; errors in red, success in green. */
export function FormStatus({ state, success }: { state: ActionResult | null; success?: string }) {
  const text = state ? (state.ok ? success : state.error.message) : undefined;
  return (
    <p
      aria-live="polite"
      role="status"
      className={`min-h-6 text-sm font-medium ${state?.ok ? 'text-basil' : 'text-tomato'}`}
    >
      {text}
    </p>
  );
}

/** The message for one field, if the action rejected it. */
export function fieldError(state: ActionResult | null, name: string) {
  return state && !state.ok ? state.error.fields?.[name] : undefined;
}
