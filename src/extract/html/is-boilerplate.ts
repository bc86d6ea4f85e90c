import type { HtmlElement } from './parse-html-tree.js';

// Page furniture by its own markup: never article text.
const FURNITURE_TAGS = new Set([
  'nav',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'dialog',
  'menu',
  'header',
  'input',
  'img',
  'picture',
  'source',
  'h1',
]);
const FURNITURE_ROLES =
  /^(?:navigation|complementary|banner|contentinfo|menu|menubar|dialog|alertdialog|search|toolbar|tablist)$/i;

// Class and id words that mark page furniture; a word in MAYBE_CONTENT rescues the element in the strict pass.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|signup|promo|recirc|outbrain|taboola|trending|most-?popular|cookie|consent|modal|toolbar|byline|author-?(?:bio|info|box|card)|share|sharing/i;
const CONTENT_WORD = /(?:^|[\s_-])(?:content|article|body|entry|main|story|text)(?:$|[\s_-])/i;
const MAYBE_CONTENT = /and|article|body|column|content|main|shadow|story|entry|post/i;

// Words that mark noise even inside the article: captions, credits, share bars, promos, ads, related links.
const NOISE_WORD =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|share|sharing|social|share-?bar|share-?tools|related|newsletter|promo|promotion|advert|advertisement|ads?|ad-?slot|ad-?container|ad-?wrapper|sponsored|subscribe|signup|recirc|more-?stories|read-?more|read-?next|tags|tag-?list|breadcrumbs?|byline|author-?bio|bio|comments?|disclaimer|inline-?promo|newsletter-?signup|visually-?hidden|sr-only|screen-?reader-?text|print-?only|skip-?link)(?:$|[\s_-])/i;

/** The class and id words of an element, lower-cased. */
export function classAndId(element: HtmlElement): string {
  const { class: className, id } = element.attrs;
  return className === undefined && id === undefined ? '' : `${className ?? ''} ${id ?? ''}`.toLowerCase();
}

/**
 * Whether an element is page furniture (navigation, footers, figures, forms, share bars, captions...) by its
 * tag, role or class; `strict` also drops elements whose class merely looks unlikely to hold the article.
 */
export function isBoilerplate(element: HtmlElement, strict: boolean, chars = 0): boolean {
  if (FURNITURE_TAGS.has(element.tag)) return true;
  const { role } = element.attrs;
  if (role && FURNITURE_ROLES.test(role)) return true;
  if (element.attrs['aria-hidden'] === 'true') return true;
  // Sites wrap whole pages in a <form>; only a small one is a search box or a sign-up form.
  if (element.tag === 'form' && chars < 1500) return true;
  const words = classAndId(element);
  if (words === '' || element.tag === 'body' || element.tag === 'article' || element.tag === 'main') {
    return false;
  }
  // A noise word on a big block is more likely a site's odd naming than a caption or a share bar.
  if (chars < 1500 && NOISE_WORD.test(words) && !CONTENT_WORD.test(words)) return true;
  if (!strict || !UNLIKELY.test(words) || MAYBE_CONTENT.test(words)) return false;
  // A big block of prose is the article whatever its class says ("above-footer"); comments stay out.
  return chars < 3000 || /comment|disqus|replies/.test(words);
}
