import { articleText } from './article-text.js';
import { clear, h } from './dom.js';
import type { StoryContext } from './story-context.js';

/**
 * The dialog that shows a cited sentence highlighted in its article. A native <dialog> opened modally:
 * focus moves into it, Escape closes it, and focus returns to the chip that opened it.
 */
export function evidenceDialog(): {
  element: HTMLDialogElement;
  show: (ctx: StoryContext, articleId: string, sentenceId: string | undefined, trigger: HTMLElement) => void;
} {
  const title = h('h2', { id: 'evidence-title' });
  const meta = h('p', { class: 'muted' });
  const body = h('div', { class: 'evidence-body', tabindex: 0, 'aria-label': 'Article text' });
  const openLink = h('a', { class: 'button-link' }, 'Open the article page');
  const close = h('button', { type: 'button', class: 'close' }, 'Close');
  const element = h(
    'dialog',
    { class: 'evidence-dialog', 'aria-labelledby': 'evidence-title' },
    h('div', { class: 'dialog-head' }, h('div', {}, title, meta), close),
    body,
    h('div', { class: 'dialog-foot' }, openLink),
  );
  let returnTo: HTMLElement | undefined;
  close.addEventListener('click', () => element.close());
  element.addEventListener('close', () => returnTo?.focus());
  element.addEventListener('click', (event) => {
    if (event.target === element) element.close();
  });
  const show = (
    ctx: StoryContext,
    articleId: string,
    sentenceId: string | undefined,
    trigger: HTMLElement,
  ) => {
    const article = ctx.articles.get(articleId);
    returnTo = trigger;
    clear(title);
    clear(meta);
    clear(body);
    const name = `Source ${ctx.number(articleId)}`;
    title.append(ctx.label(articleId) === name ? name : `${name}: ${ctx.label(articleId)}`);
    if (!article) {
      body.append(h('p', {}, 'This article is not in the store.'));
    } else {
      const parts = [article.title, article.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
      meta.append(parts);
      body.append(articleText(article, { evidenceSentenceId: sentenceId, idPrefix: 'ev' }));
      openLink.setAttribute(
        'href',
        `#/articles/${encodeURIComponent(articleId)}${sentenceId ? `?s=${encodeURIComponent(sentenceId)}` : ''}`,
      );
    }
    element.showModal();
    const mark = body.querySelector('mark.evidence');
    mark?.scrollIntoView({ block: 'center' });
    close.focus();
  };
  return { element, show };
}
