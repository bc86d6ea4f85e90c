import { readHtmlMetadata, type HtmlMetadata } from '../extract/html-metadata.js';
import { parseHtmlTree } from '../extract/html/parse-html-tree.js';
import { canonicalUrl } from './canonical-url.js';

/** What ingestion needs from a page's markup: its canonical URL, the feeds it links, the metadata it has. */
export interface PageInfo {
  /** `<link rel="canonical">` (or og:url), resolved and canonicalised; undefined when absent or not http(s). */
  readonly canonicalUrl?: string;
  /** Feeds the page announces with `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`. */
  readonly feedUrls: readonly string[];
  /** The page's own metadata, as extraction reads it (so feed metadata fills only the gaps). */
  readonly metadata: HtmlMetadata;
}

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|feed\+json|rdf\+xml)$/i;

/** Reads a page's canonical link, feed links and metadata; scripts are never run (the parser has no script engine). */
export function readPage(html: string, pageUrl: string): PageInfo {
  const tree = parseHtmlTree(html);
  const metadata = readHtmlMetadata(tree);
  const feedUrls: string[] = [];
  for (const link of tree.head.alternates) {
    if (!FEED_TYPES.test(link.type)) continue;
    const url = canonicalUrl(link.href, pageUrl);
    if (url && !feedUrls.includes(url)) feedUrls.push(url);
  }
  const canonical = metadata.canonicalUrl ? canonicalUrl(metadata.canonicalUrl, pageUrl) : undefined;
  return { ...(canonical && { canonicalUrl: canonical }), feedUrls, metadata };
}
