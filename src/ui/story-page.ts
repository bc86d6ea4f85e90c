import { getStory, type StoryWithArticles } from './api.js';
import { h } from './dom.js';
import { evidenceDialog } from './evidence-dialog.js';
import { storyContext } from './story-context.js';
import { conflictsSection } from './story/conflicts-section.js';
import { entitiesSection } from './story/entities-section.js';
import { factsSection } from './story/facts-section.js';
import { framingSection } from './story/framing-section.js';
import { glanceSection } from './story/glance-section.js';
import { omissionsSection } from './story/omissions-section.js';
import { quotesSection } from './story/quotes-section.js';
import { sourcesSection } from './story/sources-section.js';
import { summarySection } from './story/summary-section.js';
import { timelineSection } from './story/timeline-section.js';
import { sourceTag } from './citations.js';

const SECTIONS: [string, string][] = [
  ['summary', 'Summary'],
  ['conflicts', 'Conflicts'],
  ['facts', 'Agreed'],
  ['omissions', 'Omissions'],
  ['quotes', 'Quotes'],
  ['timeline', 'Timeline'],
  ['framing', 'Framing'],
  ['entities', 'Who & where'],
  ['sources', 'Sources'],
];

let cached: StoryWithArticles | undefined;

/** The story page: header, agreed vs disputed, then each section; `reuse` skips refetching the story shown last. */
export async function storyPage(id: string, reuse = false): Promise<HTMLElement> {
  const story = reuse && cached?.id === id ? cached : await getStory(id);
  cached = story;
  const dialog = evidenceDialog();
  const ctx = storyContext(story, (articleId, sentenceId, trigger) =>
    dialog.show(ctx, articleId, sentenceId, trigger),
  );
  const dates = story.articles
    .map((a) => a.publishedAt?.slice(0, 10))
    .filter((d): d is string => !!d)
    .sort();
  const span = dates.length
    ? dates[0] === dates.at(-1)
      ? dates[0]
      : `${dates[0]} to ${dates.at(-1)}`
    : undefined;
  const base = `#/stories/${encodeURIComponent(story.id)}`;
  const page = h(
    'div',
    { class: 'story-page' },
    h(
      'header',
      { class: 'story-head' },
      h('p', { class: 'crumbs' }, h('a', { href: '#/' }, '← All stories')),
      h('h1', { id: 'page-title', tabindex: -1 }, story.title),
      h('p', { class: 'coverage' }, `${story.articleIds.length} sources`, span ? ` · published ${span}` : ''),
      h(
        'p',
        { class: 'source-tags' },
        story.articleIds.map((a) => sourceTag(ctx, a)),
      ),
    ),
    glanceSection(ctx),
    h(
      'nav',
      { class: 'toc', 'aria-label': 'Sections' },
      h(
        'ul',
        {},
        SECTIONS.map(([sid, label]) => h('li', {}, h('a', { href: `${base}?section=${sid}` }, label))),
      ),
    ),
    summarySection(ctx),
    conflictsSection(ctx),
    factsSection(ctx),
    omissionsSection(ctx),
    quotesSection(ctx),
    timelineSection(ctx),
    framingSection(ctx),
    entitiesSection(ctx),
    sourcesSection(ctx),
    dialog.element,
  );
  return page;
}
