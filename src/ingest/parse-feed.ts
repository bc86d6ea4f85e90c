import { parseFeed as parseAnyFeed } from 'feedsmith';
import { canonicalUrl } from './canonical-url.js';

/** One feed entry: the page it links to and the metadata the feed gives for it. */
export interface FeedItem {
  /** The item's page, absolute, canonical form. */
  readonly url: string;
  /** A stable key for "seen before": the guid/id when the feed gives one, else the URL. */
  readonly key: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly byline?: readonly string[];
}

/** A parsed feed: its title, its items, and how many entries had no usable link. */
export interface ParsedFeed {
  readonly format: 'rss' | 'atom' | 'json' | 'rdf';
  readonly title?: string;
  readonly items: readonly FeedItem[];
  readonly skipped: number;
}

/** Whether a body looks like a feed (RSS, Atom, RDF or JSON Feed) rather than a page. */
export function looksLikeFeed(content: string, contentType?: string): boolean {
  if (contentType && /(rss|atom|rdf|feed\+json)/.test(contentType)) return true;
  const head = content
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^\{/.test(head)) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(head);
  const afterProlog = head.replace(/^(<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*/, '');
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(afterProlog);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && 'value' in value)
    return text((value as { value: unknown }).value);
  return undefined;
}

function isoDate(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function authorNames(...lists: unknown[]): string[] | undefined {
  const names: string[] = [];
  for (const list of lists) {
    for (const author of Array.isArray(list) ? list : list === undefined ? [] : [list]) {
      const raw = typeof author === 'string' ? author : text((author as { name?: unknown })?.name);
      if (!raw) continue;
      // RSS <author> is "email (Name)"; keep the name, drop bare e-mail addresses.
      const name = /\(([^)]+)\)\s*$/.exec(raw)?.[1]?.trim() ?? (raw.includes('@') ? undefined : raw);
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names.length > 0 ? names : undefined;
}

interface LooseItem {
  title?: unknown;
  link?: unknown;
  links?: { href?: string; rel?: string }[];
  url?: unknown;
  external_url?: unknown;
  id?: unknown;
  guid?: unknown;
  pubDate?: unknown;
  published?: unknown;
  updated?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  authors?: unknown;
  author?: unknown;
  dc?: { creators?: unknown; creator?: unknown; date?: unknown; dates?: unknown[] };
}

function itemLink(item: LooseItem): string | undefined {
  const alternate = item.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
  return text(item.link) ?? alternate ?? text(item.url) ?? text(item.external_url);
}

/**
 * Parses RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed into items with absolute canonical links. Throws when
 * the body is not a well-formed feed of a known format.
 */
export function parseFeed(content: string, baseUrl?: string): ParsedFeed {
  const { format, feed } = parseAnyFeed(content.replace(/^\uFEFF/, '')) as {
    format: ParsedFeed['format'];
    feed: { title?: unknown; items?: LooseItem[]; entries?: LooseItem[] };
  };
  const entries = feed.items ?? feed.entries ?? [];
  const items: FeedItem[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    const link = itemLink(entry);
    const url = link ? canonicalUrl(link, baseUrl) : undefined;
    if (!url || seen.has(url)) {
      skipped++;
      continue;
    }
    seen.add(url);
    const title = text(entry.title);
    const publishedAt =
      isoDate(entry.pubDate) ??
      isoDate(entry.published) ??
      isoDate(entry.date_published) ??
      isoDate(entry.dc?.date ?? entry.dc?.dates?.[0]) ??
      isoDate(entry.updated) ??
      isoDate(entry.date_modified);
    const byline = authorNames(entry.authors, entry.author, entry.dc?.creators, entry.dc?.creator);
    items.push({
      url,
      key: url,
      ...(title && { title }),
      ...(publishedAt && { publishedAt }),
      ...(byline && { byline }),
    });
  }
  const title = text(feed.title);
  return { format, ...(title && { title }), items, skipped };
}
