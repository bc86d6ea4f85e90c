import { citeChips } from '../citations.js';
import { h, note, section } from '../dom.js';
import type { StoryContext } from '../story-context.js';

/** The neutral summary; every sentence carries chips for the sources it rests on. */
export function summarySection(ctx: StoryContext): HTMLElement {
  const { summary } = ctx.story;
  if (summary.length === 0) return section('summary', 'Summary', note('No summary could be written.'));
  return section(
    'summary',
    'Summary',
    h(
      'p',
      { class: 'summary' },
      summary.map((s) =>
        h('span', { class: 'summary-sentence' }, s.text, ' ', citeChips(ctx, s.articleIds, s.evidence), ' '),
      ),
    ),
    note('Numbers are sources; press one to read the sentence it rests on.'),
  );
}
