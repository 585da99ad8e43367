/**
 * How long a customer's slices stay held while they pay. PIX itself settles in seconds; the
 * time goes to the person: copy the code or scan the QR, switch to the bank app, unlock it
 * (password or biometrics), paste, check the amount, confirm with a PIN, on a phone network
 * that may take seconds per screen. That is 1–3 minutes when it goes well; 2 minutes (the old
 * default) left under one after a slow first load, and orders expired mid-payment. 5 minutes
 * covers the slow case with room to spare, and a slice held 5 minutes is still a tiny part of
 * a pizza's hours on the counter. "Preciso de mais tempo" stretches it once, up to
 * `max_hold_seconds` (10 minutes) from the order.
 */
export const DEFAULT_HOLD_SECONDS = 300;
