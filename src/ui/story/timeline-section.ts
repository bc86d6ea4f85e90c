import { sourceTag } from '../citations.js';
import { h, note, section } from '../dom.js';
import type { StoryContext } from '../story-context.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-11-05" -> "5 Nov 2023"; "2020-01" -> "Jan 2020"; a year stays a year. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : '', monthName ?? '', year ?? ''].filter(Boolean).join(' ');
}

/** The story's events in date order; background (earlier years) and events still to come are marked. */
export function timelineSection(ctx: StoryContext): HTMLElement {
  const entries = ctx.story.timeline as ((typeof ctx.story.timeline)[number] & {
    background?: boolean;
    expected?: boolean;
  })[];
  if (entries.length === 0) return section('timeline', 'Timeline', note('No dated events found.'));
  return section(
    'timeline',
    'Timeline',
    h(
      'ol',
      { class: 'timeline' },
      entries.map((e) =>
        h(
          'li',
          { class: e.background ? 'background' : 'event' },
          h('time', { datetime: e.date }, formatDate(e.date)),
          h(
            'div',
            { class: 'event-body' },
            e.background ? h('span', { class: 'badge muted-badge' }, 'background') : null,
            e.expected && !e.background ? h('span', { class: 'badge muted-badge' }, 'expected') : null,
            h('p', {}, e.text),
            h(
              'p',
              { class: 'event-sources' },
              e.articleIds.map((id) => sourceTag(ctx, id)),
            ),
          ),
        ),
      ),
    ),
  );
}
