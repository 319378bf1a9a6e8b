import type { FastifyRateLimitOptions, FastifyRateLimitStore } from '@fastify/rate-limit';
import type { RateLimitStore } from './store.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
/** What the plugin really passes to `child`: the merged limit options, with the route in `routeInfo`. */
type ChildOptions = { routeInfo?: { method?: string | string[]; url?: string } };

/**
 * Lets @fastify/rate-limit count in Vouch's store, so the routes' `config.rateLimit` limits, the API
 * key limit (counted in the key's lookup, `lookUpAndHit`) and Vouch's own sign-in limits share one
 * set of counters. Each route counts apart, as the plugin's own store does: its keys are prefixed with it.
 */
export function fastifyRateLimitStore(store: RateLimitStore) {
  const reply = (promise: Promise<{ count: number; resetInMs: number }>, callback: Callback) => {
    promise.then(
      (hit) => callback(null, { current: hit.count, ttl: hit.resetInMs }),
      (error: Error) => callback(error),
    );
  };
  class PluginStore implements FastifyRateLimitStore {
    private readonly prefix: string;
    constructor(options: FastifyRateLimitOptions | { prefix: string }) {
      this.prefix = 'prefix' in options ? options.prefix : '';
    }
    incr(key: string, callback: Callback, timeWindow: number) {
      reply(store.hit(this.prefix + key, timeWindow), callback);
    }
    read(key: string, callback: Callback) {
      reply(store.peek(this.prefix + key), callback);
    }
    child(options: Parameters<FastifyRateLimitStore['child']>[0]) {
      const { routeInfo } = options as unknown as ChildOptions;
      const route = routeInfo?.url ? `${routeInfo.method} ${routeInfo.url}|` : '';
      return new PluginStore({ prefix: route });
    }
  }
  return PluginStore;
}
