import { h } from '../dom.js';
import type { StoryContext } from '../story-context.js';

/** Text cut at a word boundary near `max` characters. */
const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;

/** The top of the story page: agreed against disputed, at a glance. */
export function glanceSection(ctx: StoryContext): HTMLElement {
  const { story } = ctx;
  const total = story.articleIds.length;
  const agreed = story.facts.filter((f) => f.articleIds.length >= 2);
  const broad = agreed.filter((f) => f.articleIds.length >= Math.max(2, Math.ceil(total / 2)));
  const omitted = story.omissions.reduce((n, o) => n + o.factIds.length, 0);
  const changedQuotes = story.quotes.filter((q) =>
    (q.variants as { meaningChanged?: boolean }[]).some((v) => v.meaningChanged),
  ).length;
  const stat = (value: number, label: string, tone: string, target: string) =>
    h(
      'a',
      { class: `stat ${tone}`, href: `#/stories/${encodeURIComponent(story.id)}?section=${target}` },
      h('span', { class: 'stat-value' }, String(value)),
      h('span', { class: 'stat-label' }, label),
    );
  return h(
    'section',
    { id: 'glance', class: 'glance', 'aria-label': 'At a glance' },
    h(
      'div',
      { class: 'glance-col agreed' },
      h('h2', { class: 'glance-h' }, 'Agreed'),
      h(
        'div',
        { class: 'stats' },
        stat(
          agreed.length,
          agreed.length === 1 ? 'fact reported by 2+ sources' : 'facts reported by 2+ sources',
          'ok',
          'facts',
        ),
        stat(broad.length, `reported by at least half of the ${total} sources`, 'ok', 'facts'),
      ),
      agreed.length > 0
        ? h(
            'ul',
            { class: 'headlines' },
            [...agreed]
              .sort((a, b) => b.articleIds.length - a.articleIds.length)
              .slice(0, 2)
              .map((f) =>
                h('li', {}, h('strong', {}, `${f.articleIds.length}/${total}`), ' ', clip(f.text, 150)),
              ),
          )
        : null,
    ),
    h(
      'div',
      { class: 'glance-col disputed' },
      h('h2', { class: 'glance-h' }, 'Disputed'),
      h(
        'div',
        { class: 'stats' },
        stat(
          story.conflicts.length,
          story.conflicts.length === 1 ? 'conflict' : 'conflicts',
          'warn',
          'conflicts',
        ),
        stat(
          changedQuotes,
          changedQuotes === 1 ? 'quote changed in meaning' : 'quotes changed in meaning',
          'warn',
          'quotes',
        ),
        stat(omitted, 'omissions', 'warn', 'omissions'),
      ),
      story.conflicts.length > 0
        ? h(
            'ul',
            { class: 'headlines' },
            story.conflicts
              .slice(0, 3)
              .map((c) =>
                h('li', {}, h('strong', {}, `${c.subject}: `), c.values.map((v) => v.value).join(' vs ')),
              ),
          )
        : null,
    ),
  );
}
