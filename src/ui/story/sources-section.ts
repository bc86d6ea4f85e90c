import { sourceTag } from '../citations.js';
import { externalLink, h, section } from '../dom.js';
import type { StoryContext } from '../story-context.js';

/** The story's articles, each linking to its own page (clean text and what cleaning removed). */
export function sourcesSection(ctx: StoryContext): HTMLElement {
  return section(
    'sources',
    `Sources (${ctx.story.articleIds.length})`,
    h(
      'ol',
      { class: 'sources' },
      ctx.story.articleIds.map((id) => {
        const article = ctx.articles.get(id);
        return h(
          'li',
          {},
          sourceTag(ctx, id),
          h(
            'a',
            { href: `#/articles/${encodeURIComponent(id)}?story=${encodeURIComponent(ctx.story.id)}` },
            article?.title ?? 'Untitled article',
          ),
          article?.publishedAt
            ? h('span', { class: 'muted' }, ` · ${article.publishedAt.slice(0, 10)}`)
            : null,
          article?.duplicateOf ? h('span', { class: 'badge' }, 'near-copy') : null,
          article?.url
            ? h('span', { class: 'muted url' }, ' · ', externalLink(article.url, 'original'))
            : null,
        );
      }),
    ),
  );
}
