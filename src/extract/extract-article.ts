import { diagnostic, type Article, type Diagnostic, type RawDocument } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { wordCount } from '../util/word-count.js';
import { cleanParagraphs, splitPlainText } from './clean-paragraphs.js';
import { detectLanguage } from './detect-language.js';
import { dateFromUrl, toIsoDate } from './html-metadata.js';
import { htmlParagraphs } from './html-paragraphs.js';
import { outletFromUrl } from './outlet-from-url.js';

/** The article extracted from one document, or why there is none; warnings may come with an article. */
export interface ExtractResult {
  readonly article?: Article;
  readonly diagnostics: readonly Diagnostic[];
}

/** Pages larger than this are cut before parsing, with a warning: nothing real is that long. */
export const MAX_INPUT_CHARS = 5_000_000;
const MIN_WORDS = 25;

/** Turns one raw document (plain text or HTML) into a clean Article; content problems become diagnostics. */
export function extractArticle(document: RawDocument): ExtractResult {
  const diagnostics: Diagnostic[] = [];
  let content = document.content;
  if (content.length > MAX_INPUT_CHARS) {
    diagnostics.push(
      diagnostic(
        document.input,
        'warning',
        'oversize-input',
        `the input has ${content.length} characters; only the first ${MAX_INPUT_CHARS} were read`,
      ),
    );
    content = content.slice(0, MAX_INPUT_CHARS);
  }
  const html = document.format === 'html' ? htmlParagraphs(content) : undefined;
  const cleaned = cleanParagraphs(html ? html.paragraphs : splitPlainText(content), {
    readHeader: !html,
    ...(document.title !== undefined && { knownTitle: document.title }),
  });
  const text = cleaned.paragraphs.join('\n\n');
  const words = wordCount(text);
  if (words === 0) {
    return {
      diagnostics: [
        ...diagnostics,
        diagnostic(document.input, 'error', 'no-article', 'no article text was found'),
      ],
    };
  }
  if (html && words < MIN_WORDS) {
    // Pages whose main content is a few words are navigation or error pages, not articles.
    const message = `no article found: the main content has only ${words} words`;
    return { diagnostics: [...diagnostics, diagnostic(document.input, 'error', 'no-article', message)] };
  }
  if (words < MIN_WORDS) {
    diagnostics.push(
      diagnostic(document.input, 'warning', 'short-article', `the article has only ${words} words`),
    );
  }
  const metadata = html?.metadata;
  const url = document.url ?? metadata?.canonicalUrl;
  const title = document.title ?? metadata?.title ?? cleaned.title;
  const byline = document.byline ?? metadata?.byline ?? cleaned.byline;
  const publishedAt =
    toIsoDate(document.publishedAt) ?? metadata?.publishedAt ?? cleaned.publishedAt ?? dateFromUrl(url);
  const outlet = document.outlet ?? metadata?.outlet ?? cleaned.outlet ?? outletFromUrl(url);
  const language = document.language ?? metadata?.language ?? detectLanguage(text);
  const article: Article = {
    id: shortHash(`${url ?? ''}\n${text}`),
    input: document.input,
    ...(url && { url }),
    ...(outlet && { outlet }),
    ...(title && { title }),
    ...(byline && byline.length > 0 && { byline: [...byline] }),
    ...(publishedAt && { publishedAt }),
    ...(language && { language }),
    text,
    removed: [...(html?.removed ?? []), ...cleaned.removed],
  };
  return { article, diagnostics };
}
