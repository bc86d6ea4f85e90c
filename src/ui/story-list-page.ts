import { listStories } from './api.js';
import { h, note } from './dom.js';

const PAGE = 20;

/** The story list: search by words, entity and outlet; coverage and last update for each story. */
export async function storyListPage(params: URLSearchParams): Promise<HTMLElement> {
  const q = params.get('q') ?? '';
  const entity = params.get('entity') ?? '';
  const outlet = params.get('outlet') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const filters: Record<string, string> = { limit: String(PAGE), offset: String(offset) };
  if (q) filters.q = q;
  if (entity) filters.entity = entity;
  if (outlet) filters.outlet = outlet;
  const page = await listStories(filters);
  const field = (name: string, label: string, value: string, placeholder: string) =>
    h(
      'label',
      { class: 'field' },
      h('span', {}, label),
      h('input', { type: 'search', name, value, placeholder, autocomplete: 'off' }),
    );
  const form = h(
    'form',
    { class: 'search', role: 'search', 'aria-label': 'Search stories' },
    field('q', 'Words', q, 'e.g. airstrikes'),
    field('entity', 'Entity', entity, 'a person, organisation or place'),
    field('outlet', 'Outlet', outlet, 'e.g. Atlas News'),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const key of ['q', 'entity', 'outlet']) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    location.hash = `#/?${next.toString()}`;
  });
  const link = (nextOffset: number, text: string) => {
    const next = new URLSearchParams(params);
    next.set('offset', String(nextOffset));
    return h('a', { href: `#/?${next.toString()}`, class: 'button-link' }, text);
  };
  const filtered = q || entity || outlet;
  return h(
    'div',
    { class: 'list-page' },
    h('h1', { id: 'page-title', tabindex: -1 }, 'Stories'),
    form,
    page.stories.length === 0
      ? h(
          'div',
          { class: 'empty panel' },
          h('p', {}, filtered ? 'No story matches this search.' : 'No stories yet.'),
          h(
            'p',
            {},
            h('a', { href: '#/analyze' }, 'Analyse some articles'),
            ', or run ',
            h('code', {}, 'parallax analyze samples/seed-story'),
            '.',
          ),
        )
      : h(
          'ul',
          { class: 'story-list' },
          page.stories.map((s) =>
            h(
              'li',
              { class: 'story-card' },
              h('h2', {}, h('a', { href: `#/stories/${encodeURIComponent(s.id)}` }, s.title)),
              h(
                'p',
                { class: 'counts' },
                h(
                  'span',
                  { class: 'count' },
                  `${s.articleCount} ${s.articleCount === 1 ? 'article' : 'articles'}`,
                ),
                s.factCount !== undefined ? h('span', { class: 'count' }, `${s.factCount} facts`) : null,
                s.conflictCount
                  ? h(
                      'span',
                      { class: 'count warn' },
                      `${s.conflictCount} ${s.conflictCount === 1 ? 'conflict' : 'conflicts'}`,
                    )
                  : null,
                h(
                  'span',
                  { class: 'muted' },
                  'updated ',
                  h('time', { datetime: s.updatedAt }, new Date(s.updatedAt).toLocaleString()),
                ),
              ),
              s.outlets.length
                ? h(
                    'p',
                    { class: 'outlets' },
                    s.outlets.map((o) => h('span', { class: 'source-tag' }, o)),
                  )
                : null,
            ),
          ),
        ),
    h(
      'nav',
      { class: 'pager', 'aria-label': 'Pages' },
      offset > 0 ? link(Math.max(0, offset - PAGE), '← Newer') : null,
      page.hasMore ? link(offset + PAGE, 'Older →') : null,
    ),
    page.stories.length > 0
      ? note(`Showing ${offset + 1}–${offset + page.stories.length}, most recently updated first.`)
      : null,
  );
}
