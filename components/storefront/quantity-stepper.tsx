'use client';

type Props = {
  value: number;
  max: number;
  flavor: string;
  disabled?: boolean;
  onChange(value: number): void;
};

const button =
  'grid size-11 place-items-center rounded-full text-2xl font-bold leading-none transition-colors disabled:cursor-not-allowed disabled:opacity-40';

/** − n +, with 44 px targets for thumbs; the count is announced as it changes. */
export function QuantityStepper({ value, max, flavor, disabled, onChange }: Props) {
  return (
    <fieldset className="flex items-center gap-1" aria-label={`Pedaços de ${flavor}`}>
      <button
        type="button"
        className={`${button} bg-stone-200 text-stone-900 hover:bg-stone-300`}
        aria-label={`Tirar um pedaço de ${flavor}`}
        disabled={disabled || value === 0}
        onClick={() => onChange(value - 1)}
      >
        −
      </button>
      <output className="w-7 text-center text-lg font-semibold tabular-nums" aria-live="polite">
        {value}
      </output>
      <button
        type="button"
        className={`${button} bg-tomato text-white hover:bg-tomato-dark`}
        aria-label={`Adicionar um pedaço de ${flavor}`}
        disabled={disabled || value >= max}
        onClick={() => onChange(value + 1)}
      >
        +
      </button>
    </fieldset>
  );
}
