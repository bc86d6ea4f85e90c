import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

/** What the baseline found on one page. */
export interface BaselineResult {
  readonly text: string;
  readonly title?: string;
  readonly byline?: readonly string[];
  readonly publishedAt?: string;
}

/** The baseline most JavaScript users pick: Mozilla Readability on jsdom. */
export function readabilityOnJsdom(html: string, url?: string): BaselineResult {
  const dom = new JSDOM(html, { virtualConsole: quiet, ...(url && URL.canParse(url) && { url }) });
  try {
    const parsed = new Readability(dom.window.document).parse();
    return {
      text: parsed?.textContent?.trim() ?? '',
      ...(parsed?.title && { title: parsed.title }),
      ...(parsed?.byline && { byline: [parsed.byline] }),
      ...(parsed?.publishedTime && { publishedAt: parsed.publishedTime }),
    };
  } finally {
    dom.window.close();
  }
}
