import type { Fact } from '../../model/report.js';
import { citeChips } from '../citations.js';
import { h, note, section } from '../dom.js';
import type { StoryContext } from '../story-context.js';

const SHOWN = 12;

function factItem(ctx: StoryContext, fact: Fact, total: number): HTMLElement {
  const share = fact.articleIds.length / total;
  const bar = h('span', { class: 'bar-fill' });
  // A CSSOM property, not a style attribute: the CSP allows it and it carries no article data.
  bar.style.setProperty('--share', String(share));
  return h(
    'li',
    { class: 'fact' },
    h(
      'span',
      {
        class: 'support',
        role: 'img',
        'aria-label': `reported by ${fact.articleIds.length} of ${total} sources`,
      },
      h('span', { class: 'bar' }, bar),
      h('span', { class: 'support-count', 'aria-hidden': 'true' }, `${fact.articleIds.length}/${total}`),
    ),
    h('span', { class: 'fact-text' }, fact.text, ' ', citeChips(ctx, fact.articleIds, fact.evidence)),
  );
}

/** Facts more than one source reports, with a bar showing how many of the story's sources carry each. */
export function factsSection(ctx: StoryContext): HTMLElement {
  const total = ctx.story.articleIds.length;
  const agreed = ctx.story.facts
    .filter((f) => f.articleIds.length >= 2)
    .sort((a, b) => b.articleIds.length - a.articleIds.length);
  const single = ctx.story.facts.length - agreed.length;
  if (agreed.length === 0) {
    return section('facts', 'Agreed facts', note('No fact is reported by more than one source.'));
  }
  const list = (facts: Fact[]) =>
    h(
      'ul',
      { class: 'facts' },
      facts.map((f) => factItem(ctx, f, total)),
    );
  return section(
    'facts',
    `Agreed facts (${agreed.length})`,
    list(agreed.slice(0, SHOWN)),
    agreed.length > SHOWN
      ? h(
          'details',
          {},
          h('summary', {}, `Show ${agreed.length - SHOWN} more agreed facts`),
          list(agreed.slice(SHOWN)),
        )
      : null,
    single > 0 ? note(`${single} more facts are reported by one source only.`) : null,
  );
}
