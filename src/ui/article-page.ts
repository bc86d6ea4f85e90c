import { getArticle } from './api.js';
import { articleText } from './article-text.js';
import { externalLink, h, note, section } from './dom.js';
import { shortLabel } from './story-context.js';

/** One article: its metadata, clean text (one sentence marked when `s` names it), and what cleaning removed. */
export async function articlePage(id: string, params: URLSearchParams): Promise<HTMLElement> {
  const article = await getArticle(id);
  const sentenceId = params.get('s') ?? undefined;
  const storyId = params.get('story');
  const outlet = article.outlet ?? (article.url ? shortLabel(article) : undefined);
  const meta = [outlet, article.byline?.join(', '), article.publishedAt?.slice(0, 10)]
    .filter(Boolean)
    .join(' · ');
  const page = h(
    'div',
    { class: 'article-page' },
    h(
      'header',
      { class: 'story-head' },
      h(
        'p',
        { class: 'crumbs' },
        storyId
          ? h('a', { href: `#/stories/${encodeURIComponent(storyId)}` }, '← Back to the story')
          : h('a', { href: '#/' }, '← All stories'),
      ),
      h('h1', { id: 'page-title', tabindex: -1 }, article.title ?? 'Untitled article'),
      h('p', { class: 'coverage' }, meta),
      article.removed.length > 0
        ? h(
            'p',
            {},
            h(
              'a',
              {
                href: `#/articles/${encodeURIComponent(article.id)}?section=removed${storyId ? `&story=${encodeURIComponent(storyId)}` : ''}`,
              },
              `See what cleaning removed (${article.removed.length})`,
            ),
          )
        : null,
      article.url
        ? h('p', { class: 'muted url' }, 'Original: ', externalLink(article.url, article.url))
        : null,
      article.duplicateOf
        ? h(
            'p',
            { class: 'badge' },
            'A near-copy of ',
            h('a', { href: `#/articles/${encodeURIComponent(article.duplicateOf)}` }, 'another article'),
          )
        : null,
    ),
    section('text', 'Clean text', articleText(article, { evidenceSentenceId: sentenceId })),
    section(
      'removed',
      `Removed by cleaning (${article.removed.length})`,
      article.removed.length === 0
        ? note('Cleaning removed nothing from this article.')
        : h(
            'ul',
            { class: 'removed' },
            article.removed.map((r) =>
              h('li', {}, h('span', { class: 'badge' }, r.reason), ' ', h('del', {}, r.text)),
            ),
          ),
    ),
  );
  return page;
}
