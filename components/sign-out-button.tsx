import { signOutAction } from '@/app/entrar/actions';

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="font-semibold text-stone-700 underline underline-offset-4 hover:text-tomato">
        Sair
      </button>
    </form>
  );
}
