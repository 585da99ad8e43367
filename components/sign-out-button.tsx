/** `action` is the sign-out server action, handed down by the page: a component never imports app/. */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="font-semibold text-stone-700 underline underline-offset-4 hover:text-tomato">
        Sair
      </button>
    </form>
  );
}
