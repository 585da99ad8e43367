/** `action` is the sign-out server action, handed down by the page: a component never imports app/. */
export function SignOutButton({ action, label = 'Sair' }: { action: () => Promise<void>; label?: string }) {
  return (
    <form action={action}>
      <button
        type="submit"
        className="min-h-11 font-semibold text-stone-700 underline underline-offset-4 hover:text-tomato"
      >
        {label}
      </button>
    </form>
  );
}
