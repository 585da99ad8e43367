import { z } from 'zod';

/** Top-level paths of the app itself: a pizzeria with one of these names would be unreachable. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'api',
  'admin',
  'ajuda',
  'baseline',
  'cadastro',
  'conta',
  'entrar',
  'icon',
  'kds',
  'painel',
  'sair',
  'sobre',
  'static',
]);

export const slugSchema = z
  .string({ error: 'Informe o endereço da pizzaria.' })
  .trim()
  .toLowerCase()
  .min(3, 'O endereço precisa de pelo menos 3 caracteres.')
  .max(48, 'O endereço pode ter até 48 caracteres.')
  .regex(
    /^[a-z0-9](-?[a-z0-9])*$/,
    'Use só letras sem acento, números e hífens (sem hífen no começo, no fim ou repetido).',
  )
  .refine((slug) => !RESERVED_SLUGS.has(slug), 'Este endereço é reservado. Escolha outro.');

const int = (label: string, min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `Informe ${label}.` })
    .int(`Use um número inteiro para ${label}.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)}: no mínimo ${min} ${unit}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)}: no máximo ${max} ${unit}.`);

export const holdSecondsSchema = int('o tempo de reserva', 30, 900, 'segundos');
export const freshnessHoursSchema = int('a validade da pizza aberta', 1, 24, 'horas');
export const slicesPerPizzaSchema = int('os pedaços por pizza', 4, 16, 'pedaços');

export const pizzeriaNameSchema = z
  .string({ error: 'Informe o nome da pizzaria.' })
  .trim()
  .min(1, 'Informe o nome da pizzaria.')
  .max(80, 'O nome pode ter até 80 caracteres.');
