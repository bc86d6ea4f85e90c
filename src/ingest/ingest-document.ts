import { analyzeArticle } from '../analyze/index.js';
import { extractArticle } from '../extract/index.js';
import type { Diagnostic, RawDocument } from '../model/index.js';
import { reportArticle } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { canonicalUrl } from './canonical-url.js';

/** What storing one document did. */
export interface IngestOutcome {
  readonly status: 'added' | 'duplicate' | 'failed';
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Extracts, analyses and stores one document in its own transaction, so a crash loses at most the
 * document in hand. `urls` are the canonical URLs the document is known by.
 */
export async function ingestDocument(
  store: Store,
  document: RawDocument,
  source: { readonly urls?: readonly string[]; readonly feedUrl?: string } = {},
): Promise<IngestOutcome> {
  const extracted = extractArticle(document);
  if (!extracted.article) return { status: 'failed', diagnostics: extracted.diagnostics };
  const article = reportArticle(analyzeArticle(extracted.article));
  const urls = new Set(source.urls ?? []);
  const own = article.url ? canonicalUrl(article.url) : undefined;
  if (own) urls.add(own);
  const saved = await store.saveIngestedArticle(article, { urls: [...urls], feedUrl: source.feedUrl });
  return { status: saved.added ? 'added' : 'duplicate', diagnostics: extracted.diagnostics };
}
