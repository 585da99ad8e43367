import { describe, expect, it } from 'vitest';
import { GET as getPhoto } from '@/app/api/fotos/[id]/route';
import {
  createProduct,
  getProduct,
  listProducts,
  productFormSchema,
  setProductActive,
  updateProduct,
} from '@/lib/catalog';
import { listFlavorsOnSale } from '@/lib/inventory';
import { createTenant } from '../fixtures';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const file = (bytes: Buffer, type = 'image/png', name = 'foto.png') =>
  new File([new Uint8Array(bytes)], name, { type });
const parse = (fields: Record<string, unknown>) =>
  productFormSchema.safeParse({ name: 'Napolitana', price: '12,50', slicesPerPizza: '8', ...fields });

describe('flavor form', () => {
  it('reads prices in reais as integer cents', () => {
    for (const [text, cents] of [
      ['12,50', 1250],
      ['12.5', 1250],
      ['R$ 9', 900],
      ['0,99', 99],
      ['1000', 100000],
    ] as const) {
      expect(parse({ price: text }).data?.price).toBe(cents);
    }
    for (const [text, message] of [
      ['12,505', 'Use um preço como 12,50.'],
      ['-3', 'Use um preço como 12,50.'],
      ['0', 'O preço precisa ser maior que zero.'],
      ['1000,01', 'O preço máximo por pedaço é R$ 1.000,00.'],
    ]) {
      expect(parse({ price: text }).error?.issues[0]?.message).toBe(message);
    }
  });

  it('refuses a photo over 2 MB', () => {
    expect(parse({ photo: file(Buffer.alloc(2 * 1024 * 1024 + 1)) }).error?.issues[0]?.message).toBe(
      'A foto pode ter no máximo 2 MB.',
    );
    expect(parse({ photo: file(Buffer.alloc(0)) }).data?.photo).toBeUndefined();
  });
});

describe('flavors', () => {
  it('creates a flavor with its photo, served by the app with its real type', async () => {
    const tenant = await createTenant();
    const form = parse({ photo: file(PNG, 'image/jpeg', 'mentira.jpg') }).data!;
    const created = await createProduct(tenant.id, form);
    expect(created.ok).toBe(true);
    const product = await getProduct(tenant.id, created.ok ? created.productId : '');
    expect(product).toMatchObject({ name: 'Napolitana', priceCents: 1250, slicesPerPizza: 8, active: true });
    const response = await getPhoto(new Request('http://x'), {
      params: Promise.resolve({ id: product!.imageUrl!.split('/').pop()! }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses a file that is not an image whatever its name says, and writes nothing', async () => {
    const tenant = await createTenant();
    const result = await createProduct(
      tenant.id,
      parse({ photo: file(Buffer.from('<script>alert(1)</script>'), 'image/png') }).data!,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad_photo',
        message: 'Envie uma foto JPEG, PNG ou WebP.',
        fields: { photo: 'Envie uma foto JPEG, PNG ou WebP.' },
      },
    });
    expect(await listProducts(tenant.id)).toEqual([]);
  });

  it('edits, replaces the photo, refuses a duplicate name, and toggles the menu', async () => {
    const tenant = await createTenant();
    const first = await createProduct(tenant.id, parse({ photo: file(PNG) }).data!);
    const second = await createProduct(tenant.id, parse({ name: 'Marguerita' }).data!);
    if (!first.ok || !second.ok) throw new Error('setup');
    const oldUrl = (await getProduct(tenant.id, first.productId))!.imageUrl!;

    expect(
      await updateProduct(
        tenant.id,
        first.productId,
        parse({ name: 'Napolitana Especial', price: '15', photo: file(PNG) }).data!,
      ),
    ).toEqual({ ok: true });
    const edited = (await getProduct(tenant.id, first.productId))!;
    expect(edited).toMatchObject({ name: 'Napolitana Especial', priceCents: 1500 });
    expect(edited.imageUrl).not.toBe(oldUrl);
    const old = await getPhoto(new Request('http://x'), { params: Promise.resolve({ id: oldUrl.split('/').pop()! }) });
    expect(old.status).toBe(404);

    expect(
      await updateProduct(tenant.id, second.productId, parse({ name: 'Napolitana Especial' }).data!),
    ).toMatchObject({
      ok: false,
      error: { code: 'duplicate_name', fields: { name: 'Já existe um sabor com este nome.' } },
    });
    expect(await setProductActive(tenant.id, second.productId, false)).toEqual({ ok: true });
    expect(await setProductActive(tenant.id, second.productId, false)).toEqual({ ok: true });
    expect((await listFlavorsOnSale(tenant.id)).map((f) => f.name)).toEqual(['Napolitana Especial']);
  });
});
