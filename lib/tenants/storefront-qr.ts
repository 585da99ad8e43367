import 'server-only';
import QRCode from 'qrcode';
import { storefrontUrl } from './links';

/** The storefront's address as an SVG QR code (a data: URL): sharp at any print size. */
export async function storefrontQrDataUrl(slug: string) {
  const svg = await QRCode.toString(storefrontUrl(slug), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
