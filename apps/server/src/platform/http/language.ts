import { LANGUAGES, type TLanguage } from '@vouch/contracts';
import type { FastifyRequest } from 'fastify';

/**
 * The language the caller reads, from `Accept-Language` (`sv-SE,sv;q=0.9,en;q=0.8`): the one with
 * the highest weight that Vouch speaks, by its primary subtag; English when none is.
 */
export function languageOf(request: Pick<FastifyRequest, 'headers'>): TLanguage {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || !header) return 'en';
  let best: { language: TLanguage; weight: number } | null = null;
  for (const part of header.slice(0, 500).split(',')) {
    const [tag, ...options] = part.trim().split(';');
    const primary = tag.split('-')[0].toLowerCase();
    const language = LANGUAGES.find((spoken) => spoken === primary);
    if (!language) continue;
    const q = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (!Number.isFinite(weight) || weight <= 0) continue;
    if (!best || weight > best.weight) best = { language, weight };
  }
  return best?.language ?? 'en';
}
