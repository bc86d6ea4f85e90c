// Every element of the UI is built here. Article data only ever becomes text nodes or checked attributes:
// there is no innerHTML anywhere, so markup inside an article stays characters on the screen.

/** A child of an element: text, an element, or nothing. */
export type Child = Node | string | number | false | null | undefined;

/** Attributes an element may get; event handlers are not attributes here, they are `on` listeners. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes and children; strings become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`refusing event-handler attribute ${name}`);
    if (name === 'href' && typeof value === 'string' && !isSafeHref(value)) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children (flattened), as text nodes for strings. */
export function append(parent: Node, ...children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Only in-app hashes, same-site paths and http(s) URLs become links; `javascript:` and the like never do. */
export function isSafeHref(href: string): boolean {
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) return true;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link to an outside page, or just its text when the URL is not http(s). */
export function externalLink(url: string | undefined, text: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url) && isSafeHref(url)) {
    return h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, text);
  }
  return h('span', {}, text);
}

/** Text only screen readers hear. */
export const srOnly = (text: string): HTMLElement => h('span', { class: 'sr-only' }, text);

/** Empties an element. */
export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}

/** A section with an id and a heading, the unit of every page. */
export function section(id: string, title: string, ...children: (Child | Child[])[]): HTMLElement {
  return h(
    'section',
    { id, class: 'panel', 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h`, tabindex: -1 }, title),
    ...children,
  );
}

/** A short muted note. */
export const note = (text: string): HTMLElement => h('p', { class: 'muted' }, text);
