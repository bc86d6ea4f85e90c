import { analyze, ApiFailure, type AnalyzeBody } from './api.js';
import { clear, h } from './dom.js';

function articleFieldset(index: number): HTMLFieldSetElement {
  const id = (name: string) => `doc${index}-${name}`;
  return h(
    'fieldset',
    { class: 'doc' },
    h('legend', {}, `Article ${index + 1}`),
    h(
      'div',
      { class: 'row' },
      h(
        'label',
        { for: id('outlet') },
        'Outlet',
        h('input', { id: id('outlet'), name: 'outlet', autocomplete: 'off' }),
      ),
      h(
        'label',
        { for: id('title') },
        'Title',
        h('input', { id: id('title'), name: 'title', autocomplete: 'off' }),
      ),
    ),
    h('label', { for: id('text') }, 'Text or HTML', h('textarea', { id: id('text'), name: 'text', rows: 6 })),
  );
}

/** The form to paste articles (or URLs) and analyse them; the result opens as a story page. */
export function analyzePage(): HTMLElement {
  const docs = h('div', { class: 'docs' }, articleFieldset(0), articleFieldset(1));
  const add = h('button', { type: 'button', class: 'secondary' }, 'Add another article');
  add.addEventListener('click', () => {
    const fieldset = articleFieldset(docs.children.length);
    docs.append(fieldset);
    fieldset.querySelector('input')?.focus();
  });
  const urls = h('textarea', { id: 'urls', name: 'urls', rows: 3, placeholder: 'https://…' });
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit' }, 'Analyse');
  const form = h(
    'form',
    { class: 'analyze-form' },
    h('p', {}, 'Paste two or more articles about the same event to compare how they cover it.'),
    docs,
    add,
    h('label', { for: 'urls', class: 'block' }, 'Or article URLs, one a line', urls),
    submit,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body: AnalyzeBody = {
      documents: [],
      urls: urls.value
        .split('\n')
        .map((u) => u.trim())
        .filter(Boolean),
    };
    for (const fieldset of docs.querySelectorAll('fieldset')) {
      const value = (name: string) =>
        (fieldset.querySelector(`[name="${name}"]`) as HTMLInputElement).value.trim();
      const content = value('text');
      if (!content) continue;
      const isHtml = /^<(!doctype|html|head|body|article|div|p)\b/i.test(content);
      body.documents.push({
        ...(isHtml ? { html: content } : { text: content }),
        ...(value('outlet') && { outlet: value('outlet') }),
        ...(value('title') && { title: value('title') }),
      });
    }
    clear(status);
    if (body.documents.length + body.urls.length === 0) {
      status.append(h('p', { class: 'error', role: 'alert' }, 'Paste at least one article or URL.'));
      return;
    }
    submit.disabled = true;
    status.append('Analysing…');
    try {
      const report = await analyze(body);
      clear(status);
      const first = report.stories[0];
      if (first) location.hash = `#/stories/${encodeURIComponent(first.id)}`;
    } catch (error) {
      clear(status);
      status.append(
        h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)),
      );
      const details =
        error instanceof ApiFailure && Array.isArray(error.details)
          ? (error.details as { input?: string; message?: string }[])
          : [];
      if (details.length)
        status.append(
          h(
            'ul',
            {},
            details.map((d) => h('li', {}, [d.input, d.message].filter(Boolean).join(': '))),
          ),
        );
    } finally {
      submit.disabled = false;
    }
  });
  return h(
    'div',
    { class: 'analyze-page' },
    h('h1', { id: 'page-title', tabindex: -1 }, 'Analyse articles'),
    form,
  );
}
