/** Placeholder until this card is built. */
export function ApiKeysCard() {
  return null;
}
