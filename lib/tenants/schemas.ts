import { z } from 'zod';
import { countOf } from '@/lib/format/plural';

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

/** A whole number between `min` and `max`, refused in a full pt-BR sentence ("… de no mínimo 1 hora."). */
const int = (label: string, subject: string, min: number, max: number, unit: [one: string, many: string]) =>
  z.coerce
    .number({ error: `Informe ${label}.` })
    .int(`Use um número inteiro para ${label}.`)
    .min(min, `${subject} no mínimo ${countOf(min, ...unit)}.`)
    .max(max, `${subject} no máximo ${countOf(max, ...unit)}.`);

export const holdSecondsSchema = int('o tempo de reserva', 'O tempo de reserva precisa ser de', 30, 900, [
  'segundo',
  'segundos',
]);
export const freshnessHoursSchema = int(
  'a validade da pizza aberta',
  'A validade da pizza aberta precisa ser de',
  1,
  24,
  ['hora', 'horas'],
);
export const slicesPerPizzaSchema = int('os pedaços por pizza', 'Cada pizza precisa ter', 4, 16, ['pedaço', 'pedaços']);

export const pizzeriaNameSchema = z
  .string({ error: 'Informe o nome da pizzaria.' })
  .trim()
  .min(1, 'Informe o nome da pizzaria.')
  .max(80, 'O nome pode ter até 80 caracteres.');
