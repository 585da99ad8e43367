import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { describe, expect, it } from 'vitest';
import { checkManifests, loadManifests, type Manifest } from '@/infra/k8s/check';

const manifests = await loadManifests('infra/k8s');
const find = (kind: string, name: string) =>
  manifests.find((m) => m.doc.kind === kind && (m.doc as { metadata: { name: string } }).metadata.name === name)!;
/** A deep copy of a manifest with one change. */
function altered<T>(m: Manifest, change: (doc: T) => void): Manifest {
  const doc = structuredClone(m.doc);
  change(doc as T);
  return { ...m, doc };
}

describe('Kubernetes manifests (infra/k8s)', () => {
  it('all pass the OpenAPI schemas, field names included', { timeout: 120_000 }, async () => {
    expect(manifests.length).toBeGreaterThanOrEqual(14);
    expect(await checkManifests(manifests)).toEqual([]);
  });

  it('a misspelled field fails the check, naming it; so does a wrong type', { timeout: 120_000 }, async () => {
    const typo = altered<IDeployment>(find('Deployment', 'web'), (doc) => {
      const container = doc.spec!.template.spec!.containers[0] as unknown as Record<string, unknown>;
      container.resoures = container.resources;
      delete container.resources;
    });
    const wrongType = altered<IHorizontalPodAutoscaler>(find('HorizontalPodAutoscaler', 'realtime'), (doc) => {
      (doc.spec as unknown as Record<string, unknown>).minReplicas = 'two';
    });
    const problems = await checkManifests([typo, wrongType]);
    expect(problems.some((p) => p.includes('web.yaml') && p.includes('resoures'))).toBe(true);
    expect(problems.some((p) => p.includes('realtime.yaml') && /minReplicas|number/.test(p))).toBe(true);
  });

  it('autoscales web on CPU and keeps realtime at 2+ with a slow scale-down', () => {
    const web = find('HorizontalPodAutoscaler', 'web').doc as IHorizontalPodAutoscaler;
    expect(web.apiVersion).toBe('autoscaling/v2');
    expect(web.spec?.metrics?.[0]?.resource?.name).toBe('cpu');
    const realtime = find('HorizontalPodAutoscaler', 'realtime').doc as IHorizontalPodAutoscaler;
    expect(realtime.spec?.minReplicas).toBe(2);
    expect(realtime.spec?.behavior?.scaleDown?.stabilizationWindowSeconds).toBeGreaterThanOrEqual(600);
    const ingress = find('Ingress', 'realtime').doc as IIngress;
    expect(ingress.metadata?.annotations?.['nginx.ingress.kubernetes.io/upstream-hash-by']).toBe('$remote_addr');
  });

  it('holds no secret values: secrets come from a Secret reference', () => {
    for (const m of manifests) {
      expect(m.doc.kind).not.toBe('Secret');
      expect(JSON.stringify(m.doc)).not.toMatch(/APP_SECRET|CREDENTIALS_KEY/);
    }
  });
});
