import { getImage } from '@/lib/catalog';

/** Flavor photos, public like the menus that show them; ids are random, content never changes. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const image = await getImage((await params).id);
  if (!image) return new Response('Foto não encontrada.', { status: 404 });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'content-type': image.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
}
