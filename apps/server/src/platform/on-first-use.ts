/**
 * A module loaded the first time it is needed instead of when the server starts. Every process
 * imports the whole app before it answers anything (a server, a worker, each test file), and a few
 * libraries that only a rare action needs (the report's PDF writer, the webhook sender's HTTP client,
 * SMTP, a bounce's MIME parser, a CV's type sniffer, the export's ZIP writer) cost more of that
 * start-up than the rest of the app's own code. The module is loaded once and shared; a failed load
 * is not retried, so a missing package fails each use the same way.
 */
export function onFirstUse<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let loading: Promise<Module> | undefined;
  return () => (loading ??= load());
}
