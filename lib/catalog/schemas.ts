import { z } from 'zod';
import { photoSchema } from './image';
import { priceInCentsSchema } from './price';

export const productIdSchema = z.uuid({ error: 'Sabor não encontrado.' });

export const productFormSchema = z.object({
  name: z
    .string({ error: 'Informe o nome do sabor.' })
    .trim()
    .min(1, 'Informe o nome do sabor.')
    .max(60, 'Nome com até 60 caracteres.'),
  description: z.string().trim().max(280, 'Descrição com até 280 caracteres.').default(''),
  price: priceInCentsSchema,
  slicesPerPizza: z.coerce
    .number({ error: 'Informe quantos pedaços tem a pizza.' })
    .int('Use um número inteiro de pedaços.')
    .min(4, 'A pizza tem pelo menos 4 pedaços.')
    .max(16, 'A pizza tem no máximo 16 pedaços.'),
  photo: photoSchema,
});
export type ProductForm = z.infer<typeof productFormSchema>;

export const productVisibilitySchema = z.object({
  productId: productIdSchema,
  active: z.enum(['true', 'false'], { error: 'Escolha se o sabor fica no cardápio.' }).transform((v) => v === 'true'),
});
