import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../ingest/decode-bytes.js';
import { splitOf, type Split } from '../split.js';

/** One page of the trafilatura evaluation set: snippets that must and must not be extracted, some metadata. */
export interface SnippetPage {
  readonly key: string;
  readonly file: string;
  readonly html: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
  readonly split: Split;
}

interface Entry {
  file: string;
  with?: string[];
  without?: string[];
  title?: unknown;
  author?: unknown;
  date?: unknown;
}

/** Gold metadata as one string: lists joined by `; `, anything else ignored. */
function goldString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return goldString(value.filter((v) => typeof v === 'string').join('; '));
  return undefined;
}

/** The language a page declares in `<html lang>`, lower-cased two letters, if any. */
export function declaredLanguage(html: string): string | undefined {
  const match = /<html\b[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2})\b/i.exec(html.slice(0, 20_000));
  return match?.[1]?.toLowerCase();
}

/** Reads the trafilatura evaluation pages, decoding each by its declared charset. */
export async function loadTrafilaturaPages(
  dir: string,
  keep: (key: string) => boolean = () => true,
): Promise<SnippetPage[]> {
  const entries = JSON.parse(await readFile(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Entry>;
  const pages: SnippetPage[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    if (!keep(key)) continue;
    let bytes: Uint8Array;
    try {
      bytes = gunzipSync(await readFile(join(dir, 'html', `${entry.file}.gz`)));
    } catch {
      continue;
    }
    const [title, author, date] = [goldString(entry.title), goldString(entry.author), goldString(entry.date)];
    pages.push({
      key,
      file: entry.file,
      html: decodeBytes(bytes, undefined, true),
      with: entry.with ?? [],
      without: entry.without ?? [],
      ...(title && { title }),
      ...(author && { author }),
      ...(date && { date }),
      split: splitOf(key),
    });
  }
  return pages;
}
