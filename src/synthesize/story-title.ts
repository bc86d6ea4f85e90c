import type { AnalyzedArticle } from '../model/index.js';
import { LOADED_TERMS } from '../compare/loaded-lexicon.js';
import { contentTerms } from '../util/terms.js';

/**
 * A neutral title for a story: the article title that shares most words with the others and carries no
 * loaded term, or else the story's most widely reported fact, shortened.
 */
export function storyTitle(articles: readonly AnalyzedArticle[], leadFact: string | undefined): string {
  const titles = articles
    .map((a) => a.article.title)
    .filter((t): t is string => t !== undefined && t.trim() !== '');
  const neutral = titles.filter(
    (t) => !t.split(/[^\p{L}'-]+/u).some((w) => LOADED_TERMS.has(w.toLowerCase())),
  );
  const candidates = neutral.length > 0 ? neutral : titles;
  if (candidates.length > 0) {
    const termSets = candidates.map((t) => new Set(contentTerms(t)));
    const allTerms = articles.map(
      (a) => new Set(contentTerms(`${a.article.title ?? ''} ${a.article.text.slice(0, 600)}`)),
    );
    const score = (i: number): number =>
      [...termSets[i]!].reduce((sum, term) => sum + allTerms.filter((s) => s.has(term)).length, 0) /
      Math.sqrt(termSets[i]!.size || 1);
    const best = candidates.map((_, i) => i).sort((a, b) => score(b) - score(a))[0]!;
    return candidates[best]!;
  }
  const lead = leadFact ?? articles[0]?.sentences[0]?.text ?? 'Untitled story';
  const words = lead.split(/\s+/);
  return words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : lead.replace(/[.]$/, '');
}
