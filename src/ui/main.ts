import { analyzePage } from './analyze-page.js';
import { articlePage } from './article-page.js';
import { clear, h } from './dom.js';
import { storyListPage } from './story-list-page.js';
import { storyPage } from './story-page.js';

const main = document.getElementById('main')!;
let rendering = 0;
let lastPath = '';

/** Renders the page the hash names: `#/`, `#/stories/:id`, `#/articles/:id`, `#/analyze`. */
async function route(): Promise<void> {
  const hash = location.hash || '#/';
  if (!hash.startsWith('#/')) return;
  const [path = '/', query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const ticket = ++rendering;
  main.setAttribute('aria-busy', 'true');
  let page: HTMLElement;
  try {
    if (parts[0] === 'stories' && parts[1]) page = await storyPage(parts[1], path === lastPath);
    else if (parts[0] === 'articles' && parts[1]) page = await articlePage(parts[1], params);
    else if (parts[0] === 'analyze') page = analyzePage();
    else page = await storyListPage(params);
  } catch (error) {
    page = h(
      'div',
      { class: 'panel' },
      h('h1', { id: 'page-title', tabindex: -1 }, 'Something went wrong'),
      h('p', { role: 'alert' }, error instanceof Error ? error.message : String(error)),
      h('p', {}, h('a', { href: '#/' }, 'Back to all stories')),
    );
  }
  if (ticket !== rendering) return;
  lastPath = path;
  clear(main);
  main.append(page);
  main.removeAttribute('aria-busy');
  const title = document.getElementById('page-title');
  document.title = `${title?.textContent ?? 'Parallax'} · Parallax`;
  const section = params.get('section');
  const target = section ? document.getElementById(`${section}-h`) : null;
  const evidence = main.querySelector('.article-page mark.evidence');
  if (target) {
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  } else {
    window.scrollTo(0, 0);
    title?.focus({ preventScroll: true });
    evidence?.scrollIntoView({ block: 'center' });
  }
}

window.addEventListener('hashchange', () => void route());
void route();

// The skip link must not change the hash (the hash is the route), so it moves focus itself.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
