import { h, note, section, srOnly } from '../dom.js';
import type { StoryContext } from '../story-context.js';

const MAX_ROWS = 25;

/** Facts by sources: who reported each fact, and who left out one that others carried. */
export function omissionsSection(ctx: StoryContext): HTMLElement {
  const { story } = ctx;
  const omittedBy = new Map<string, Set<string>>();
  for (const o of story.omissions) {
    for (const factId of o.factIds) {
      if (!omittedBy.has(factId)) omittedBy.set(factId, new Set());
      omittedBy.get(factId)!.add(o.articleId);
    }
  }
  const facts = story.facts
    .filter((f) => omittedBy.has(f.id))
    .sort((a, b) => b.articleIds.length - a.articleIds.length);
  if (facts.length === 0) {
    return section(
      'omissions',
      'Omissions',
      note('No source leaves out a fact that two or more others report.'),
    );
  }
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Fact'),
    story.articleIds.map((id) =>
      h(
        'th',
        { scope: 'col', class: `source-col c${ctx.colour(id)}` },
        h('span', { class: 'source-num' }, String(ctx.number(id))),
        h('span', { class: 'col-label' }, ctx.label(id)),
      ),
    ),
  );
  const rows = facts.slice(0, MAX_ROWS).map((fact) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', class: 'fact-cell' }, fact.text),
      story.articleIds.map((id) => {
        if (fact.articleIds.includes(id)) {
          return h(
            'td',
            { class: 'cell reported' },
            h('span', { 'aria-hidden': 'true' }, '●'),
            srOnly('reported'),
          );
        }
        if (omittedBy.get(fact.id)?.has(id)) {
          return h(
            'td',
            { class: 'cell omitted' },
            h('span', { 'aria-hidden': 'true' }, '✕'),
            srOnly('omitted'),
          );
        }
        return h('td', { class: 'cell' }, srOnly('not reported'));
      }),
    ),
  );
  return section(
    'omissions',
    `Omissions (${story.omissions.reduce((n, o) => n + o.factIds.length, 0)})`,
    note('● reported · ✕ left out, though two or more other sources report it.'),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Omissions: facts by sources' },
      h('table', { class: 'matrix' }, h('thead', {}, head), h('tbody', {}, rows)),
    ),
    facts.length > MAX_ROWS
      ? note(`${facts.length - MAX_ROWS} more facts with omissions are not shown.`)
      : null,
  );
}
