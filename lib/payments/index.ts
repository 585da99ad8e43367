export { getMercadoPagoCredentialsStatus, saveMercadoPagoCredentials } from './credentials';
export type { PaymentError, Result } from './errors';
export { notificationUrl } from './links';
export { cancelReasonText } from './messages';
export { refundOrder } from './refund';
export { startPayment } from './start';
export type { PaymentMethod, PaymentView, ProviderName } from './types';
export { getOrderPayment } from './view';
