const TEXT: Record<string, string> = {
  stock_lost:
    'O tempo de reserva acabou e os pedaços foram vendidos antes de o pagamento chegar. O valor pago foi devolvido.',
  duplicate_payment: 'Este pedido foi pago duas vezes; o pagamento a mais foi devolvido.',
  order_closed: 'O pagamento chegou depois que o pedido foi encerrado. O valor pago foi devolvido.',
  provider_refund: 'A pizzaria devolveu o valor pelo Mercado Pago.',
  chargeback: 'O pagamento foi contestado junto ao banco.',
  payment_rejected: 'O pagamento foi recusado e os pedaços voltaram para a venda.',
  payment_cancelled: 'O pagamento foi cancelado ou expirou e os pedaços voltaram para a venda.',
  customer_cancelled: 'O pedido foi cancelado.',
};

/**
 * pt-BR sentence for the order page: why an order ended CANCELLED or REFUNDED (orders.cancel_reason).
 * An admin's own refund reason is free text and is shown as written.
 */
export function cancelReasonText(reason: string | null): string {
  if (!reason) return 'O pedido foi encerrado.';
  return TEXT[reason] ?? `Pedido cancelado pela pizzaria: ${reason}`;
}
