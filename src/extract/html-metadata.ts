import { parseHeaderDate } from './header-date.js';
import { textOf } from './html/element-text.js';
import type { HtmlElement, HtmlTree, PageHead } from './html/parse-html-tree.js';
import { looseText } from './loose-text.js';

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
  // A local time with its offset keeps its own calendar day; converting it to UTC can move the date.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/.test(trimmed)) {
    return Number.isNaN(Date.parse(trimmed)) ? undefined : trimmed.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  }
  // Without a zone, read the time as UTC: parsing it as the host's local time would make the article's
  // date depend on the machine's time zone.
  const zoned = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:UTC|GMT|[ECMP][SD]T))$/i.test(trimmed);
  const asUtc = zoned
    ? trimmed
    : /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(trimmed)
      ? `${trimmed}Z`
      : `${trimmed} UTC`;
  const time = Number.isNaN(Date.parse(asUtc)) ? Date.parse(trimmed) : Date.parse(asUtc);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const BYLINE_MARKUP = /(?:^|[\s_-])(?:byline|author-?name|author|byline-?name|contributor)(?:$|[\s_-])/i;

const NOT_A_NAME =
  /^(?:posted|published|updated|no author|follow|share|admin|anonymous|by|written|staff|unknown)\b|says:?$|\d/i;

/** A byline's name without its "By", "Posted on <date> by", trailing date or degree. */
export function cleanByline(text: string): string | undefined {
  let name = text.replace(/\s+/g, ' ').trim();
  const by = /(?:^|\s)(?:by|von|por|par)\s*:?\s+(.+)$/i.exec(name);
  if (by) name = by[1]!;
  name = name
    .replace(/\s+[-–—|·•]\s*.*$|\s+[-–—|·•]$/, '')
    .replace(/,\s*(?:PhD|MD|MPH|MA|MSc|BSc|RD|CPT)\.?$/i, '')
    .trim();
  if (name.length < 3 || name.length > 80 || NOT_A_NAME.test(name) || !/^[\p{Lu}]/u.test(name))
    return undefined;
  return name;
}

/** The author named by byline markup (`rel=author`, `itemprop=author`, a `byline` class), if any. */
function bylineFromMarkup(root: HtmlElement): string | undefined {
  let found: string | undefined;
  const visit = (element: HtmlElement): void => {
    for (const child of element.children) {
      if (found !== undefined || typeof child === 'string') continue;
      const { rel, itemprop, class: className, id } = child.attrs;
      // Comment threads name their commenters with the same markup.
      if (/comment/i.test(`${className ?? ''} ${id ?? ''}`)) continue;
      if (rel === 'author' || itemprop === 'author' || (className && BYLINE_MARKUP.test(className))) {
        const name = cleanByline(textOf(child));
        if (name) {
          found = name;
          return;
        }
      }
      visit(child);
    }
  };
  visit(root);
  return found;
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Decodes entities left in metadata that pages escaped twice ("&amp;#8211;"). */
function decodeLeftoverEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|apos|lt|gt|nbsp));/gi, (all, dec, hex, name) => {
    if (name) return NAMED[name.toLowerCase()] ?? all;
    const code = dec ? Number(dec) : Number.parseInt(hex, 16);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
  });
}

const DATE_MARKUP =
  /(?:^|[\s_-])(?:date|time|posted|published|pubdate|timestamp|dateline|entry-date|post-date)(?:$|[\s_-])/i;

/** A date written in the page's date markup ("Posted on September 21, 2020"), as an ISO day. */
function dateFromMarkup(root: HtmlElement): string | undefined {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const words = `${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`;
    if (/comment/i.test(words)) continue;
    if (DATE_MARKUP.test(words)) {
      const text = textOf(element);
      if (text.length <= 80) {
        const date = parseHeaderDate(text.replace(/^(?:posted|published|updated)?\s*(?:on|:)?\s*/i, ''));
        if (date) return date.iso;
      }
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return undefined;
}

/** A date in a URL's path (`/2019/12/29/`), as an ISO day. */
export function dateFromUrl(url: string | undefined): string | undefined {
  const match = url ? /\/((?:19|20)\d{2})[/-]([01]\d)[/-]([0-3]\d)(?:\/|[-_]|$)/.exec(url) : null;
  if (!match) return undefined;
  const [month, day] = [Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? `${match[1]}-${match[2]}-${match[3]}`
    : undefined;
}

function cleanTitle(title: string | undefined): string | undefined {
  const trimmed = title
    ? decodeLeftoverEntities(title)
        .replace(/\s+/g, ' ')
        .replace(/\s+[|–—-]$/, '')
        .trim()
    : undefined;
  return trimmed || undefined;
}

/** The text of the page's first `<h1>`, when it is of a headline's length. */
function firstHeading(root: HtmlElement): string | undefined {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.tag === 'h1') {
      const text = textOf(element);
      return text.length >= 5 && text.length <= 300 ? text : undefined;
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return undefined;
}

/**
 * The headline: the page's `<h1>` when the declared title contains it (declared titles often carry the site's
 * name), else the declared title, with a trailing " | Site" cut off a bare `<title>`.
 */
function chooseTitle(declared: string | undefined, fromTitleTag: boolean, heading: string | undefined) {
  if (heading && declared && looseText(declared).includes(looseText(heading))) return heading;
  // A declared title cut short ("...") is the start of the heading.
  const cut = declared?.replace(/(?:\.\.\.|…)$/, '');
  if (heading && cut && cut !== declared && looseText(heading).startsWith(looseText(cut))) return heading;
  if (declared && fromTitleTag) {
    const parts = declared.split(/\s+[|–—-]\s+|\s+::\s+/);
    if (parts.length > 1 && parts[0]!.length >= 15) return parts.slice(0, -1).join(' - ');
  }
  return declared;
}

/** Reads a page's own metadata, preferring JSON-LD, then OpenGraph and meta tags, then markup. */
export function readHtmlMetadata({ root, head }: HtmlTree): HtmlMetadata {
  const ld = jsonLdArticles(head)[0] ?? {};
  const ldString = (key: string): string | undefined =>
    typeof ld[key] === 'string' ? (ld[key] as string) : undefined;
  const authors = names(ld.author).flatMap((name) => {
    const clean = /^https?:/.test(name) ? undefined : cleanByline(name);
    return clean ? [clean] : [];
  });
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
      : metaAuthor && !/^https?:/.test(metaAuthor) && cleanByline(metaAuthor)
        ? [cleanByline(metaAuthor)!]
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
  const declared = cleanTitle(ldString('headline') ?? meta(head, 'og:title', 'twitter:title'));
  const title = chooseTitle(declared ?? cleanTitle(head.title), !declared, firstHeading(root));
  const outlet = names(ld.publisher)[0] ?? meta(head, 'og:site_name', 'application-name');
  const language = head.lang?.slice(0, 2).toLowerCase();
  const canonical = head.canonical ?? meta(head, 'og:url');
  const publishedAt = toIsoDate(published) ?? dateFromMarkup(root) ?? dateFromUrl(canonical);
  return {
    ...(title && { title }),
    ...(byline.length > 0 && { byline: byline.map((b) => b.trim()) }),
    ...(publishedAt && { publishedAt }),
    ...(outlet && { outlet }),
    ...(language && /^[a-z]{2}$/.test(language) && { language }),
    ...(canonical && /^https?:\/\//i.test(canonical) && { canonicalUrl: canonical }),
  };
}
