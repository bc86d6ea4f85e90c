import { analyzeArticle } from '../../analyze/index.js';
import { extractArticle } from '../../extract/index.js';
import type { AnalyzedArticle } from '../../model/index.js';
import { alignOffsets } from './align-offsets.js';
import type { BasilArticle, BasilSpan } from './read-basil.js';

/** A BASIL article run through the real pipeline (extract, analyse), with its gold spans on the clean text. */
export interface PreparedArticle {
  readonly basil: BasilArticle;
  readonly analyzed: AnalyzedArticle;
  readonly gold: readonly BasilSpan[];
}

/** Extracts and analyses a BASIL article as Parallax would any plain-text input, and moves its gold spans. */
export function prepareBasil(basil: BasilArticle): PreparedArticle | undefined {
  const { article } = extractArticle({
    input: `basil:${basil.id}`,
    format: 'text',
    content: basil.text,
    title: basil.title,
    outlet: basil.outlet,
    publishedAt: basil.date,
  });
  if (!article) return undefined;
  const map = alignOffsets(basil.text, article.text);
  const gold = basil.spans.map((span) => {
    const start = map(span.start);
    const end = Math.max(start + 1, map(span.end - 1) + 1);
    return { ...span, start, end, text: article.text.slice(start, end) };
  });
  return { basil, analyzed: analyzeArticle(article), gold };
}
