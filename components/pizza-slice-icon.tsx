/** Decorative: the text beside it carries the meaning. */
export function PizzaSliceIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <path d="M4 6c7-3.5 17-3.5 24 0L16 30z" fill="#f4b740" />
      <path d="M4 6c7-3.5 17-3.5 24 0l-1.6 3.2C20.2 6.4 11.8 6.4 5.6 9.2z" fill="#c2772b" />
      <circle cx="12" cy="12" r="2.2" fill="#b42318" />
      <circle cx="19.5" cy="13" r="2.2" fill="#b42318" />
      <circle cx="15.5" cy="19.5" r="2" fill="#b42318" />
    </svg>
  );
}
