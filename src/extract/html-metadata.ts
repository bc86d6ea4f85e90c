/** Metadata a page declares about itself (JSON-LD, OpenGraph, meta tags, `<time>`, canonical link). */
export interface HtmlMetadata {
  readonly title?: string;
  readonly byline?: readonly string[];
  readonly publishedAt?: string;
  readonly outlet?: string;
  readonly language?: string;
  readonly canonicalUrl?: string;
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function jsonLdArticles(document: Document): Record<string, unknown>[] {
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
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
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

/** Reads a page's own metadata, preferring JSON-LD, then OpenGraph and meta tags, then markup. */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const ld = jsonLdArticles(document)[0] ?? {};
  const ldString = (key: string): string | undefined =>
    typeof ld[key] === 'string' ? (ld[key] as string) : undefined;
  const authors = names(ld.author);
  const metaAuthor = meta(document, 'author', 'article:author', 'parsely-author', 'sailthru.author');
  const byline =
    authors.length > 0 ? authors : metaAuthor && !/^https?:/.test(metaAuthor) ? [metaAuthor] : [];
  const published =
    ldString('datePublished') ??
    meta(
      document,
      'article:published_time',
      'datePublished',
      'pubdate',
      'publish-date',
      'date',
      'DC.date.issued',
    ) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    meta(document, 'og:url') ??
    undefined;
  const language = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  const title =
    ldString('headline') ??
    meta(document, 'og:title', 'twitter:title') ??
    document.querySelector('title')?.textContent?.trim();
  const outlet = names(ld.publisher)[0] ?? meta(document, 'og:site_name', 'application-name');
  const publishedAt = toIsoDate(published);
  return {
    ...(title && { title }),
    ...(byline.length > 0 && { byline }),
    ...(publishedAt && { publishedAt }),
    ...(outlet && { outlet }),
    ...(language && /^[a-z]{2}$/.test(language) && { language }),
    ...(canonical && { canonicalUrl: canonical }),
  };
}
