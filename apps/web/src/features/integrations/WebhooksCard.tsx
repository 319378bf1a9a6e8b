/** Placeholder until this card is built. */
export function WebhooksCard() {
  return null;
}
