import { textOf } from './html/element-text.js';
import type { HtmlElement, HtmlTree, PageHead } from './html/parse-html-tree.js';

/** Metadata a page declares about itself (JSON-LD, OpenGraph, meta tags, `<time>`, byline markup, canonical link). */
export interface HtmlMetadata {
  readonly title?: string;
  readonly byline?: readonly string[];
  readonly publishedAt?: string;
  readonly outlet?: string;
  readonly language?: string;
  readonly canonicalUrl?: string;
}

function meta(head: PageHead, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const attrs of head.metas) {
      if (attrs.property === name || attrs.name === name || attrs.itemprop === name) {
        const content = attrs.content?.trim();
        if (content) return content;
      }
    }
  }
  return undefined;
}

function jsonLdArticles(head: PageHead): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const type = record['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/i.test(t))) found.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of head.jsonLd) {
    try {
      visit(JSON.parse(script));
    } catch {
      // Broken JSON-LD is common; the other metadata sources still apply.
    }
  }
  return found;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return [(value as { name: string }).name];
  }
  return [];
}

/** Normalises a date string to ISO 8601 when it parses; undefined otherwise. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const BYLINE_MARKUP = /(?:^|[\s_-])(?:byline|author-?name|author|byline-?name|contributor)(?:$|[\s_-])/i;

/** The author named by byline markup (`rel=author`, `itemprop=author`, a `byline` class), if any. */
function bylineFromMarkup(root: HtmlElement): string | undefined {
  let found: string | undefined;
  const visit = (element: HtmlElement): void => {
    for (const child of element.children) {
      if (found !== undefined || typeof child === 'string') continue;
      const { rel, itemprop, class: className } = child.attrs;
      if (rel === 'author' || itemprop === 'author' || (className && BYLINE_MARKUP.test(className))) {
        const text = textOf(child)
          .replace(/^(?:by|written by|von|por|par)\s*:?\s+/i, '')
          .trim();
        if (text.length >= 3 && text.length <= 80 && /^[\p{Lu}]/u.test(text)) {
          found = text;
          return;
        }
      }
      visit(child);
    }
  };
  visit(root);
  return found;
}

function cleanTitle(title: string | undefined): string | undefined {
  const trimmed = title?.replace(/\s+/g, ' ').trim();
  return trimmed || undefined;
}

/** Reads a page's own metadata, preferring JSON-LD, then OpenGraph and meta tags, then markup. */
export function readHtmlMetadata({ root, head }: HtmlTree): HtmlMetadata {
  const ld = jsonLdArticles(head)[0] ?? {};
  const ldString = (key: string): string | undefined =>
    typeof ld[key] === 'string' ? (ld[key] as string) : undefined;
  const authors = names(ld.author).filter((name) => name.trim() !== '' && !/^https?:/.test(name));
  const metaAuthor = meta(
    head,
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
  );
  const markupAuthor = authors.length === 0 && !metaAuthor ? bylineFromMarkup(root) : undefined;
  const byline =
    authors.length > 0
      ? authors
      : metaAuthor && !/^https?:/.test(metaAuthor)
        ? [metaAuthor]
        : markupAuthor
          ? [markupAuthor]
          : [];
  const published =
    ldString('datePublished') ??
    meta(
      head,
      'article:published_time',
      'datePublished',
      'pubdate',
      'publish-date',
      'publishdate',
      'date',
      'DC.date.issued',
      'dc.date',
      'og:published_time',
    ) ??
    head.times[0];
  const title = cleanTitle(ldString('headline') ?? meta(head, 'og:title', 'twitter:title') ?? head.title);
  const outlet = names(ld.publisher)[0] ?? meta(head, 'og:site_name', 'application-name');
  const language = head.lang?.slice(0, 2).toLowerCase();
  const canonical = head.canonical ?? meta(head, 'og:url');
  const publishedAt = toIsoDate(published);
  return {
    ...(title && { title }),
    ...(byline.length > 0 && { byline: byline.map((b) => b.trim()) }),
    ...(publishedAt && { publishedAt }),
    ...(outlet && { outlet }),
    ...(language && /^[a-z]{2}$/.test(language) && { language }),
    ...(canonical && /^https?:\/\//i.test(canonical) && { canonicalUrl: canonical }),
  };
}
