'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { OrderView } from '@/lib/checkout/order-view';
import { isPaid } from '@/lib/orders/status';
import { HoldActions, type HoldActionsProps } from './hold-actions';
import { HoldCountdown } from './hold-countdown';
import { OrderItems } from './order-items';
import { PaymentPanel } from './payment-panel';
import { StatusCard } from './status-card';
import { StatusTimeline } from './status-timeline';
import { clockTime, useSecondsLeft } from './use-deadline';
import { orderQueryKey, useOrder } from './use-order';

type Props = {
  slug: string;
  token: string;
  initial: OrderView;
  holdActions: Pick<HoldActionsProps, 'extend' | 'cancel'>;
};

/** The customer's view of one order, following it from payment to pick-up. */
export function OrderTracker({ slug, token, initial, holdActions }: Props) {
  const { data: order } = useOrder(slug, initial.code, token, initial);
  const queryClient = useQueryClient();
  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: orderQueryKey(slug, initial.code) }),
    [queryClient, slug, initial.code],
  );
  const left = useSecondsLeft(order.holdExpiresAt, order.status === 'PENDING' ? refresh : undefined);

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">
        Pedido <span className="font-mono text-tomato">{order.code}</span>
      </h1>
      <StatusCard order={order} slug={slug} />
      {isPaid(order.status) && <StatusTimeline status={order.status} />}
      {order.status === 'PENDING' && (
        <>
          <HoldCountdown until={order.holdExpiresAt} left={left} />
          <PaymentPanel payment={order.payment} deadline={left === null ? null : clockTime(order.holdExpiresAt)} />
          <HoldActions
            link={{ slug, code: order.code, token }}
            canExtend={!order.holdExtended}
            left={left}
            onChanged={refresh}
            {...holdActions}
          />
        </>
      )}
      <OrderItems order={order} />
    </div>
  );
}
