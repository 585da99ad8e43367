import { referenceAsset } from '@/lib/api/reference-page';

export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }) {
  return referenceAsset((await params).asset);
}
