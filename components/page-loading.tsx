import { PizzaSliceIcon } from './pizza-slice-icon';

/** What a staff page shows while the server reads it (right after sign-in, above all): never a blank screen. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div aria-live="polite" className="flex min-h-[60dvh] flex-col items-center justify-center gap-3 text-stone-700">
      <PizzaSliceIcon className="size-10 animate-pulse" />
      <p className="font-semibold">{label}</p>
    </div>
  );
}
