import type { Evidence } from '../model/report.js';
import { h } from './dom.js';
import type { StoryContext } from './story-context.js';

/** One chip per cited article; pressing it opens the sentence it rests on, highlighted in its article. */
export function citeChips(
  ctx: StoryContext,
  articleIds: readonly string[],
  evidence: readonly Evidence[],
): HTMLElement {
  const chips = h('span', { class: 'cites' });
  for (const id of articleIds) {
    const sentence = evidence.find((e) => e.articleId === id);
    const label = ctx.label(id);
    const chip = h(
      'button',
      {
        type: 'button',
        class: `cite c${ctx.colour(id)}`,
        'aria-label': `Evidence from source ${ctx.number(id)}, ${label}`,
        title: sentence ? sentence.text : label,
        'data-article': id,
        'data-sentence': sentence?.sentenceId,
      },
      String(ctx.number(id)),
    );
    chip.addEventListener('click', () => ctx.showEvidence(id, sentence?.sentenceId, chip));
    chips.append(chip);
  }
  return chips;
}

/** A small coloured tag naming a source. */
export function sourceTag(ctx: StoryContext, articleId: string): HTMLElement {
  return h(
    'span',
    { class: `source-tag c${ctx.colour(articleId)}` },
    h('span', { class: 'source-num', 'aria-hidden': 'true' }, String(ctx.number(articleId))),
    h('span', { class: 'tag-label' }, ctx.label(articleId)),
  );
}
