import { parseOpml } from 'feedsmith';

/** A list of feeds to follow, with a diagnostic message for each line or outline that was not usable. */
export interface FeedList {
  readonly urls: readonly string[];
  readonly problems: readonly string[];
}

interface Outline {
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Reads a feed list: OPML (every outline with an `xmlUrl`, nested folders included) or plain text with one
 * URL a line (blank lines and `#` comments ignored).
 */
export function parseFeedList(content: string): FeedList {
  const urls: string[] = [];
  const problems: string[] = [];
  const add = (url: string): void => {
    if (!urls.includes(url)) urls.push(url);
  };
  if (/^\s*(<\?xml[^>]*>\s*)?<opml[\s>]/i.test(content)) {
    let opml: { body?: { outlines?: Outline[] } };
    try {
      opml = parseOpml(content) as typeof opml;
    } catch (error) {
      return { urls, problems: [`the OPML is malformed: ${(error as Error).message}`] };
    }
    const visit = (outlines: readonly Outline[] | undefined): void => {
      for (const outline of outlines ?? []) {
        const url = outline.xmlUrl?.trim();
        if (url && isHttpUrl(url)) add(url);
        else if (url) problems.push(`outline xmlUrl "${url}" is not an http(s) URL`);
        visit(outline.outlines);
      }
    };
    visit(opml.body?.outlines);
    return { urls, problems };
  }
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    if (isHttpUrl(line)) add(line);
    else problems.push(`line ${index + 1}: "${line}" is not an http(s) URL`);
  });
  return { urls, problems };
}
