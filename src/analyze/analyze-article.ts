import type { AnalyzedArticle, Article } from '../model/index.js';
import { findDates } from './find-dates.js';
import { findEntities } from './find-entities.js';
import { findQuantities } from './find-quantities.js';
import { findQuotes } from './find-quotes.js';
import { NER_MODEL } from './ner-model.js';
import { splitSentences } from './split-sentences.js';
import type { NerModel } from './tag-entities.js';

/** Analyses one article: sentences, entity mentions, quotes with speakers, quantities and dates, all with offsets. */
export function analyzeArticle(article: Article, model: NerModel = NER_MODEL): AnalyzedArticle {
  const { text } = article;
  const sentences = splitSentences(text);
  const mentions = findEntities(text, sentences, model);
  const { quotes, attributed } = findQuotes(text, sentences, mentions);
  const quantities = findQuantities(text, sentences);
  const dates = findDates(text, sentences, article.publishedAt ? { publishedAt: article.publishedAt } : {});
  return { article, sentences, mentions, quotes, quantities, dates, attributed };
}
