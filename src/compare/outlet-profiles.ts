import type { ComparedFraming } from '../model/index.js';

/** One article's framing, with what a profile needs to know about the article. */
export interface FramedArticle {
  readonly outlet: string;
  readonly storyId: string;
  /** Words of the article's text. */
  readonly words: number;
  readonly framing: ComparedFraming;
}

/** How an outlet frames its stories, across every story it covers. */
export interface OutletProfile {
  readonly outlet: string;
  readonly articles: number;
  readonly stories: number;
  /** Mean opinion-vs-reporting score of its articles (0 = reporting, 1 = opinion). */
  readonly opinion: number;
  readonly loadedPer1000Words: number;
  readonly hedgesPer1000Words: number;
  readonly intensifiersPer1000Words: number;
  /** Its most used loaded terms (lower case), most frequent first. */
  readonly topLoaded: readonly { readonly term: string; readonly count: number }[];
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Per-outlet framing profiles across stories, from each article's framing; outlets sorted by name. */
export function outletProfiles(articles: readonly FramedArticle[], topTerms = 5): OutletProfile[] {
  const byOutlet = new Map<string, FramedArticle[]>();
  for (const a of articles) byOutlet.set(a.outlet, [...(byOutlet.get(a.outlet) ?? []), a]);
  return [...byOutlet]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([outlet, items]) => {
      const words = Math.max(
        1,
        items.reduce((sum, a) => sum + a.words, 0),
      );
      const per1000 = (n: number): number => round((n * 1000) / words);
      const counts = new Map<string, number>();
      for (const a of items) {
        for (const l of a.framing.loaded)
          counts.set(l.term.toLowerCase(), (counts.get(l.term.toLowerCase()) ?? 0) + 1);
      }
      return {
        outlet,
        articles: items.length,
        stories: new Set(items.map((a) => a.storyId)).size,
        opinion: round(items.reduce((sum, a) => sum + (a.framing.opinion ?? 0), 0) / items.length),
        loadedPer1000Words: per1000(items.reduce((sum, a) => sum + a.framing.loaded.length, 0)),
        hedgesPer1000Words: per1000(items.reduce((sum, a) => sum + (a.framing.hedges?.length ?? 0), 0)),
        intensifiersPer1000Words: per1000(
          items.reduce((sum, a) => sum + (a.framing.intensifiers?.length ?? 0), 0),
        ),
        topLoaded: [...counts]
          .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
          .slice(0, topTerms)
          .map(([term, count]) => ({ term, count })),
      };
    });
}
