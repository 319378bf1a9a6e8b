import { Liquid } from 'liquidjs';
import { TEMPLATE_ENGINE_OPTIONS, TEMPLATE_LIMITS, tidyRenderedText } from './referral-requests.ts';

/**
 * The Liquid engine every editable template renders with, in the server (on send) and in the
 * browser (the live preview), so both refuse the same templates.
 *
 * liquidjs's own limits are cooperative: a capture that doubles its text builds hundreds of
 * megabytes in a few steps without being charged, and a loop with an empty body never reaches the
 * time check. So every block the engine renders (a loop's round, a capture, an `if` branch) passes
 * through one counter here, and the text each block has produced so far is measured as it returns:
 * a template stops at its first block past the limits, long before the text is ever joined up.
 */
export class TemplateLimitError extends Error {
  readonly limit: 'output' | 'rounds';
  constructor(limit: 'output' | 'rounds') {
    super(limit === 'output' ? OUTPUT_LIMIT_MESSAGE : ROUNDS_LIMIT_MESSAGE);
    this.name = 'TemplateLimitError';
    this.limit = limit;
  }
}

/** Read back by `templateProblemOf` from the engine's error, which wraps these with a position. */
export const OUTPUT_LIMIT_MESSAGE = 'template output limit exceeded';
export const ROUNDS_LIMIT_MESSAGE = 'template rounds limit exceeded';

type Renderer = Liquid['renderer'];
type RenderTemplates = Renderer['renderTemplates'];

export function createTemplateEngine(): Liquid {
  const engine = new Liquid(TEMPLATE_ENGINE_OPTIONS);
  const renderer = engine.renderer;
  const renderTemplates: RenderTemplates = renderer.renderTemplates.bind(renderer);
  // One count per render call: the engine makes a new time limiter for each and shares it with every
  // context that render spawns, so it identifies the render.
  const rounds = new WeakMap<object, number>();
  renderer.renderTemplates = function* limitedRenderTemplates(templates, ctx, emitter) {
    const done = (rounds.get(ctx.renderLimit) ?? 0) + 1;
    if (done > TEMPLATE_LIMITS.rounds) throw new TemplateLimitError('rounds');
    rounds.set(ctx.renderLimit, done);
    const text: unknown = yield* renderTemplates(templates, ctx, emitter);
    // The length of a string built by concatenation is known without joining it up.
    if (typeof text === 'string' && text.length > TEMPLATE_LIMITS.outputChars) throw new TemplateLimitError('output');
    return text;
  };
  return engine;
}

/** Renders a template as it is sent; throws the engine's error, or one of the limits above. */
export function renderTemplateText(engine: Liquid, source: string, data: object): string {
  return tidyRenderedText(engine.parseAndRenderSync(source, data));
}
