import type { Story } from '../model/index.js';
import { wordCount } from '../util/word-count.js';

type QuoteGroup = Story['quotes'][number];

/** Whether a quote is a statement rather than a phrase an outlet put in quotation marks ("strong record"). */
const isStatement = (quote: QuoteGroup): boolean => !quote.shortPhrase && wordCount(quote.text) >= 5;

/**
 * The quotes a short brief shows, at most `limit`: the most widely reported first, then those with a known
 * speaker, then statements before short phrases; and the best quote of every outlet that has one, so that no
 * outlet's quotes vanish behind the others'. Returned best first.
 */
export function quotesToShow(quotes: readonly QuoteGroup[], limit: number): QuoteGroup[] {
  const ranked = quotes
    .map((quote, order) => ({ quote, order }))
    .sort(
      (a, b) =>
        b.quote.articleIds.length - a.quote.articleIds.length ||
        Number(b.quote.speaker.name !== 'unknown') - Number(a.quote.speaker.name !== 'unknown') ||
        Number(isStatement(b.quote)) - Number(isStatement(a.quote)) ||
        a.order - b.order,
    )
    .map(({ quote }) => quote);
  const chosen = new Set<QuoteGroup>();
  const outlets = [...new Set(ranked.flatMap((q) => q.articleIds))];
  for (const outlet of outlets) {
    if (chosen.size >= limit) break;
    if (ranked.some((q) => chosen.has(q) && q.articleIds.includes(outlet))) continue;
    const best = ranked.find((q) => q.articleIds.includes(outlet));
    if (best) chosen.add(best);
  }
  for (const quote of ranked) {
    if (chosen.size >= limit) break;
    chosen.add(quote);
  }
  return ranked.filter((q) => chosen.has(q));
}
