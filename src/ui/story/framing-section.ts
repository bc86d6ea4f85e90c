import type { ReportArticle } from '../../model/report.js';
import { sourceTag } from '../citations.js';
import { h, note, section } from '../dom.js';
import type { StoryContext } from '../story-context.js';

type Loaded = { term: string; start: number; end: number; category: string };
const SHOWN = 4;

/** Loaded terms grouped by the sentence they sit in, so a sentence with three terms is shown once. */
function bySentence(
  article: ReportArticle,
  loaded: readonly Loaded[],
): { from: number; to: number; terms: Loaded[] }[] {
  const groups = new Map<string, { from: number; to: number; terms: Loaded[] }>();
  for (const term of [...loaded].sort((a, b) => a.start - b.start)) {
    const sentence = article.sentences.find((s) => s.start <= term.start && term.end <= s.end);
    const from = sentence?.start ?? Math.max(0, term.start - 80);
    const to = sentence?.end ?? Math.min(article.text.length, term.end + 80);
    const key = sentence?.id ?? `${from}`;
    if (!groups.has(key)) groups.set(key, { from, to, terms: [] });
    groups.get(key)!.terms.push(term);
  }
  return [...groups.values()];
}

/** The sentence around loaded terms, with each term marked; from the article's own text and offsets. */
function termsInContext(
  article: ReportArticle,
  group: { from: number; to: number; terms: Loaded[] },
): HTMLElement {
  const p = h('p', { class: 'in-context' });
  let at = group.from;
  for (const term of group.terms) {
    if (term.start < at) continue;
    p.append(
      article.text.slice(at, term.start),
      h('mark', { class: 'loaded', title: term.category }, article.text.slice(term.start, term.end)),
    );
    at = term.end;
  }
  p.append(article.text.slice(at, group.to));
  return h(
    'li',
    {},
    [...new Set(group.terms.map((t) => t.category))].map((c) => h('span', { class: 'badge' }, c)),
    p,
  );
}

function loadedList(article: ReportArticle, loaded: readonly Loaded[]): HTMLElement[] {
  const groups = bySentence(article, loaded).map((g) => termsInContext(article, g));
  const terms = h(
    'p',
    { class: 'term-list' },
    `${loaded.length} loaded: `,
    [...new Set(loaded.map((l) => l.term.toLowerCase()))].join(', '),
  );
  const list = h('ul', { class: 'loaded-terms' }, groups.slice(0, SHOWN));
  if (groups.length <= SHOWN) return [terms, list];
  return [
    terms,
    list,
    h(
      'details',
      {},
      h('summary', {}, `${groups.length - SHOWN} more sentences`),
      h('ul', { class: 'loaded-terms' }, groups.slice(SHOWN)),
    ),
  ];
}

function opinionLabel(opinion: number): string {
  if (opinion < 0.25) return 'straight reporting';
  if (opinion < 0.5) return 'some opinion';
  if (opinion < 0.75) return 'mostly opinion';
  return 'opinion';
}

/** Each source's own voice: its loaded terms in context and how opinionated it reads. */
export function framingSection(ctx: StoryContext): HTMLElement {
  const { framing } = ctx.story;
  if (framing.length === 0) return section('framing', 'Framing', note('No framing measured.'));
  return section(
    'framing',
    'Framing by source',
    note('Loaded words in each source’s own voice (never inside quotes), highlighted in their sentence.'),
    h(
      'div',
      { class: 'framing-grid' },
      framing.map((f) => {
        const article = ctx.articles.get(f.articleId);
        const meter =
          f.opinion === undefined
            ? null
            : h(
                'p',
                { class: 'opinion' },
                h('meter', {
                  min: 0,
                  max: 1,
                  value: f.opinion,
                  'aria-label': `opinion score for ${ctx.label(f.articleId)}`,
                }),
                ` ${opinionLabel(f.opinion)} (${Math.round(f.opinion * 100)}%)`,
              );
        return h(
          'article',
          { class: 'framing-card' },
          h('h3', {}, sourceTag(ctx, f.articleId)),
          meter,
          f.loaded.length === 0 || !article ? note('No loaded terms found.') : loadedList(article, f.loaded),
        );
      }),
    ),
  );
}
