import type { AnalyzedArticle, ArticleFraming } from '../model/index.js';
import { LOADED_TERMS } from './loaded-lexicon.js';

/**
 * Finds loaded terms in the outlet's own voice (never inside quotes or attributed statements) and scores
 * how opinionated the article reads, from the density of such terms and of first-person and judgement cues.
 */
export function findFraming(analyzed: AnalyzedArticle): ArticleFraming {
  const { text } = analyzed.article;
  const isAttributed = (start: number, end: number): boolean =>
    analyzed.attributed.some((s) => start < s.end && end > s.start);
  const loaded: ArticleFraming['loaded'] = [];
  for (const match of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const category = LOADED_TERMS.get(match[0].toLowerCase());
    if (!category) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (isAttributed(start, end)) continue;
    loaded.push({ term: match[0], start, end, category });
  }
  const words = text.split(/\s+/).length || 1;
  const firstPerson = (text.match(/\b(?:we all know|I think|I believe|in my view|our government)\b/gi) ?? [])
    .length;
  const strong = loaded.filter((l) => l.category !== 'hedge').length;
  const opinion = Math.min(1, (strong * 60 + firstPerson * 100) / words);
  return { articleId: analyzed.article.id, loaded, opinion: Math.round(opinion * 100) / 100 };
}
