import type { Executor } from '@/db/client';
import { outboxEvents } from '@/db/schema';
import { currentRequest } from '@/lib/observability/request-context';
import type { DomainEvent } from './events';

/** Call inside the transaction that makes the change, so event and change commit together. */
export async function writeEvents(tx: Executor, tenantId: string, events: DomainEvent[]) {
  if (events.length === 0) return;
  const requestId = currentRequest()?.requestId ?? null;
  await tx
    .insert(outboxEvents)
    .values(events.map((e) => ({ tenantId, type: e.type, aggregateId: e.aggregateId, payload: e.payload, requestId })));
}
