import { z } from 'zod';
import { MAX_FLAVORS_PER_ORDER, MAX_SLICES_PER_ORDER } from './limits';

/** One line of a cart: a flavor and how many of its slices. */
export const cartItemSchema = z.object({
  productId: z.uuid({ error: 'Sabor inválido no carrinho.' }),
  quantity: z.coerce
    .number({ error: 'Quantidade inválida.' })
    .int('A quantidade deve ser um número inteiro.')
    .min(1, 'Escolha pelo menos 1 pedaço.')
    .max(MAX_SLICES_PER_ORDER, `No máximo ${MAX_SLICES_PER_ORDER} pedaços por sabor.`),
});

/** The cart, wherever it is parsed: the checkout form and the reservation itself share these limits. */
export const cartSchema = z
  .array(cartItemSchema)
  .min(1, 'Seu carrinho está vazio.')
  .max(MAX_FLAVORS_PER_ORDER, 'Sabores demais em um pedido.');
