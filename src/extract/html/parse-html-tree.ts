import { Parser } from 'htmlparser2';

/** A light element: tag, the attributes extraction reads, and children (text nodes are strings). */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (HtmlElement | string)[];
  readonly parent: HtmlElement | undefined;
}

/** What the page says about itself outside the body text. */
export interface PageHead {
  readonly metas: readonly Readonly<Record<string, string>>[];
  readonly jsonLd: readonly string[];
  readonly title?: string;
  readonly canonical?: string;
  /** `<link rel="alternate">` elements: the feeds (and translations) a page announces. */
  readonly alternates: readonly { readonly type: string; readonly href: string }[];
  readonly lang?: string;
  readonly times: readonly string[];
}

/** A parsed page: the body tree and the head's metadata. */
export interface HtmlTree {
  readonly root: HtmlElement;
  readonly head: PageHead;
}

// Content of these never reaches the text: code, styles, embedded media and form controls.
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
  'title',
]);
const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'role',
  'itemprop',
  'itemtype',
  'rel',
  'hidden',
  'style',
  'aria-hidden',
  'datetime',
  'href',
  'data-testid',
]);

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Parses HTML (malformed or not) into a light tree in one streaming pass with htmlparser2. Scripts, styles
 * and hidden elements are dropped while parsing, so they can never leak into the text.
 */
export function parseHtmlTree(html: string): HtmlTree {
  const root: HtmlElement = { tag: 'root', attrs: {}, children: [], parent: undefined };
  const metas: Record<string, string>[] = [];
  const jsonLd: string[] = [];
  const times: string[] = [];
  const alternates: { type: string; href: string }[] = [];
  let title: string | undefined;
  let canonical: string | undefined;
  let lang: string | undefined;
  let current = root;
  // Depth inside skipped elements; their tags are still tracked so that closing tags pair up.
  let skipDepth = 0;
  let capture: 'ld' | 'title' | undefined;
  let captured = '';

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') metas.push(attribs);
        else if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '')) canonical ??= attribs.href;
        else if (name === 'link' && /\balternate\b/i.test(attribs.rel ?? '') && attribs.href) {
          alternates.push({ type: (attribs.type ?? '').trim(), href: attribs.href });
        } else if (name === 'html' && attribs.lang) lang ??= attribs.lang;
        else if (name === 'time' && attribs.datetime) times.push(attribs.datetime);
        if (skipDepth > 0 || SKIPPED.has(name) || isHidden(attribs)) {
          skipDepth++;
          if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) capture = 'ld';
          else if (name === 'title' && title === undefined && skipDepth === 1) capture = 'title';
          captured = '';
          return;
        }
        const attrs: Record<string, string> = {};
        for (const key in attribs) if (KEPT_ATTRIBUTES.has(key)) attrs[key] = attribs[key]!;
        if (name === 'img' && attribs.alt) attrs.alt = attribs.alt;
        const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        current = element;
      },
      ontext(text) {
        if (capture) captured += text;
        else if (skipDepth === 0) current.children.push(text);
      },
      onclosetag() {
        if (skipDepth > 0) {
          skipDepth--;
          if (capture === 'ld') jsonLd.push(captured);
          else if (capture === 'title') title = captured.replace(/\s+/g, ' ').trim();
          capture = undefined;
          return;
        }
        current = current.parent ?? root;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return {
    root,
    head: {
      metas,
      jsonLd,
      times,
      alternates,
      ...(title && { title }),
      ...(canonical && { canonical }),
      ...(lang && { lang }),
    },
  };
}
