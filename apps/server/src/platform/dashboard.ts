import type { Ctx } from './http/context.ts';

/** One count on the home page, with where it leads. */
export type DashboardCard = { key: string; count: number; href: string | null; tone: 'neutral' | 'attention' };

/** The cards a module adds for the caller (none when their role has nothing to see there). */
export type DashboardCardSource = (ctx: Ctx) => Promise<DashboardCard[]>;

/**
 * The home page is composed from cards each module registers at start, so the module that serves
 * the page (hiring) never imports the modules whose counts it shows. One per app.
 */
export type Dashboard = {
  addCards(source: DashboardCardSource): void;
  /** Every registered source's cards, in registration order. */
  cardsFor(ctx: Ctx): Promise<DashboardCard[]>;
};

export function createDashboard(): Dashboard {
  const sources: DashboardCardSource[] = [];
  return {
    addCards: (source) => void sources.push(source),
    async cardsFor(ctx) {
      const cards: DashboardCard[] = [];
      for (const source of sources) cards.push(...(await source(ctx)));
      return cards;
    },
  };
}
