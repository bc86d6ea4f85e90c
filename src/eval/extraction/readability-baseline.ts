import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

/** The baseline most JavaScript users pick: Mozilla Readability on jsdom; returns the article's text. */
export function readabilityOnJsdom(html: string, url?: string): string {
  const dom = new JSDOM(html, { virtualConsole: quiet, ...(url && { url }) });
  try {
    return new Readability(dom.window.document).parse()?.textContent?.trim() ?? '';
  } finally {
    dom.window.close();
  }
}
