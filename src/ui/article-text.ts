import type { ReportArticle } from '../model/report.js';
import { h } from './dom.js';

/** A stretch of the article to mark: offsets into its clean text, a class, and a tooltip. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title?: string;
}

/** Options for rendering an article's text. */
export interface ArticleTextOptions {
  /** The sentence to mark as evidence. */
  readonly evidenceSentenceId?: string;
  /** Smaller stretches (loaded terms) marked inside sentences. */
  readonly highlights?: readonly Highlight[];
  /** Prefix for sentence element ids, so two renderings on a page do not clash. */
  readonly idPrefix?: string;
}

/** Text of [start, end) with the highlights that fall in it wrapped in <mark>. */
function markedText(text: string, start: number, end: number, highlights: readonly Highlight[]): Node[] {
  const nodes: Node[] = [];
  let at = start;
  for (const mark of highlights) {
    if (mark.end <= at || mark.start >= end) continue;
    const from = Math.max(mark.start, at);
    const to = Math.min(mark.end, end);
    if (from > at) nodes.push(document.createTextNode(text.slice(at, from)));
    nodes.push(h('mark', { class: mark.className, title: mark.title }, text.slice(from, to)));
    at = to;
  }
  if (at < end) nodes.push(document.createTextNode(text.slice(at, end)));
  return nodes;
}

/**
 * An article's clean text as paragraphs of sentences, built from text nodes only. The evidence sentence
 * becomes a <mark class="evidence">; other highlights are marks inside their sentences.
 */
export function articleText(article: ReportArticle, options: ArticleTextOptions = {}): HTMLElement {
  const { text } = article;
  const highlights = [...(options.highlights ?? [])].sort((a, b) => a.start - b.start);
  const prefix = options.idPrefix ?? 'sentence';
  const container = h('div', { class: 'article-text' });
  const paragraphs: [number, number][] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    paragraphs.push([from, m.index]);
    from = m.index + m[0].length;
  }
  paragraphs.push([from, text.length]);
  const sentences = [...article.sentences].sort((a, b) => a.start - b.start);
  for (const [pStart, pEnd] of paragraphs) {
    if (pEnd <= pStart) continue;
    const p = h('p');
    let at = pStart;
    for (const s of sentences) {
      if (s.end <= pStart || s.start >= pEnd) continue;
      const sStart = Math.max(s.start, at);
      const sEnd = Math.min(s.end, pEnd);
      if (sEnd <= sStart) continue;
      if (sStart > at) p.append(...markedText(text, at, sStart, highlights));
      const isEvidence = s.id === options.evidenceSentenceId;
      const element = h(isEvidence ? 'mark' : 'span', {
        class: isEvidence ? 'sentence evidence' : 'sentence',
        id: `${prefix}-${s.id}`,
      });
      element.append(...markedText(text, sStart, sEnd, highlights));
      p.append(element);
      at = sEnd;
    }
    if (at < pEnd) p.append(...markedText(text, at, pEnd, highlights));
    container.append(p);
  }
  return container;
}
