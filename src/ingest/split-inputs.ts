import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/index.js';
import { decodeBytes } from './decode-bytes.js';
import { parseFeedList } from './parse-feed-list.js';
import { looksLikeFeed } from './parse-feed.js';

/** A batch's inputs sorted by how they are read. */
export interface SplitInputs {
  /** Page and feed URLs, including those listed in OPML files. */
  readonly urls: string[];
  /** Local feed files (RSS, Atom, JSON Feed), whose items are fetched. */
  readonly feedFiles: { readonly input: string; readonly content: string }[];
  /** Everything else: files, directories and `-`, read as documents. */
  readonly files: string[];
  readonly diagnostics: Diagnostic[];
}

const FEED_FILE_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.rdf', '.opml', '.json']);

/** Whether an input names a web resource rather than a file. */
export function isWebInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Sorts inputs into URLs, local feed files and other files. An OPML file contributes the feeds it lists; a
 * local RSS/Atom/JSON Feed file contributes its items.
 */
export async function splitInputs(inputs: readonly string[]): Promise<SplitInputs> {
  const result: SplitInputs = { urls: [], feedFiles: [], files: [], diagnostics: [] };
  for (const input of inputs) {
    if (isWebInput(input)) {
      result.urls.push(input);
      continue;
    }
    if (input === '-' || !FEED_FILE_EXTENSIONS.has(extname(input).toLowerCase())) {
      result.files.push(input);
      continue;
    }
    let content: string;
    try {
      if (!(await stat(input)).isFile()) throw new Error('not a file');
      content = decodeBytes(await readFile(input));
    } catch {
      // Missing or unreadable: the file reader names the problem.
      result.files.push(input);
      continue;
    }
    if (/^\s*(<\?xml[^>]*>\s*)?<opml[\s>]/i.test(content)) {
      const list = parseFeedList(content);
      result.urls.push(...list.urls);
      for (const problem of list.problems) {
        result.diagnostics.push(diagnostic(input, 'warning', 'feed-list', problem));
      }
      if (list.urls.length === 0 && list.problems.length === 0) {
        result.diagnostics.push(diagnostic(input, 'warning', 'feed-list', 'the OPML file lists no feed'));
      }
    } else if (looksLikeFeed(content)) {
      result.feedFiles.push({ input, content });
    } else {
      result.files.push(input);
    }
  }
  return result;
}
