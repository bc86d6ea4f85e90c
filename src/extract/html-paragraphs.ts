import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtmlMetadata, type HtmlMetadata } from './html-metadata.js';

/** The body paragraphs and metadata of an HTML page. */
export interface HtmlContent {
  readonly paragraphs: readonly string[];
  readonly metadata: HtmlMetadata;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

function blockTexts(root: Element): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((element) => !element.querySelector(BLOCKS));
  const texts = blocks
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return texts.length > 0 ? texts : [(root.textContent ?? '').replace(/\s+/g, ' ').trim()].filter(Boolean);
}

/** Parses a page, finds its main content with Readability, and returns it as paragraphs with metadata. */
export function htmlParagraphs(html: string): HtmlContent {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  const metadata = readHtmlMetadata(document);
  const readable = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!readable?.content) return { paragraphs: [], metadata };
  const { document: content } = parseHTML(`<!doctype html><html><body>${readable.content}</body></html>`);
  const paragraphs = blockTexts(content.body as unknown as Element);
  return {
    paragraphs,
    metadata: {
      ...metadata,
      ...(!metadata.title && readable.title && { title: readable.title }),
      ...(!metadata.byline && readable.byline && { byline: [readable.byline] }),
      ...(!metadata.outlet && readable.siteName && { outlet: readable.siteName }),
    },
  };
}
