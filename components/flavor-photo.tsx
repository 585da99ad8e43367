import { PizzaSliceIcon } from './pizza-slice-icon';

/** A fixed square, so the card never jumps when the photo arrives; the flavor's name is beside it. */
export function FlavorPhoto({ src }: { src: string | null }) {
  return (
    <div className="size-20 shrink-0 overflow-hidden rounded-xl bg-amber-100">
      {src ? (
        // biome-ignore lint/performance/noImgElement: our own /api/fotos bytes at display size; next/image would add client JS and an optimizer hop
        <img
          src={src}
          alt=""
          width={80}
          height={80}
          loading="lazy"
          decoding="async"
          className="size-full object-cover object-center"
        />
      ) : (
        <PizzaSliceIcon className="m-auto mt-4 size-12" />
      )}
    </div>
  );
}
