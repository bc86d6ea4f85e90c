import type { Conflict, Evidence } from '../../model/report.js';
import { citeChips, sourceTag } from '../citations.js';
import { h, note, section } from '../dom.js';
import type { StoryContext } from '../story-context.js';

const KIND_LABEL: Record<Conflict['kind'], string> = {
  quantity: 'Numbers differ',
  date: 'Dates differ',
  attribution: 'Attribution differs',
  claim: 'Claims differ',
};

/** The evidence sentence with the disputed value marked where it occurs. */
function evidenceQuote(evidence: Evidence, value: string): HTMLElement {
  const quote = h('blockquote', { class: 'evidence-quote' });
  const at = evidence.text.toLowerCase().indexOf(value.toLowerCase());
  if (at < 0) {
    quote.append(evidence.text);
  } else {
    quote.append(
      evidence.text.slice(0, at),
      h('mark', { class: 'value' }, evidence.text.slice(at, at + value.length)),
      evidence.text.slice(at + value.length),
    );
  }
  return quote;
}

/** Conflicts, each with its values side by side, the sources behind each, and the explanation. */
export function conflictsSection(ctx: StoryContext): HTMLElement {
  const { conflicts } = ctx.story;
  if (conflicts.length === 0) {
    return section(
      'conflicts',
      'Conflicts',
      note('The sources do not disagree on any number, date or attribution found.'),
    );
  }
  return section(
    'conflicts',
    `Conflicts (${conflicts.length})`,
    conflicts.map((c) =>
      h(
        'article',
        { class: 'conflict', 'aria-labelledby': `${c.id}-h` },
        h(
          'h3',
          { id: `${c.id}-h` },
          h('span', { class: `badge kind-${c.kind}` }, KIND_LABEL[c.kind]),
          ' ',
          c.subject,
        ),
        h(
          'div',
          { class: 'conflict-values' },
          c.values.map((v) =>
            h(
              'div',
              { class: 'conflict-value' },
              h('p', { class: 'value-big' }, v.value),
              h(
                'p',
                { class: 'value-sources' },
                v.articleIds.map((id) => sourceTag(ctx, id)),
              ),
              v.evidence.slice(0, 2).map((e) => evidenceQuote(e, v.value)),
              h('p', { class: 'value-cites' }, 'Evidence: ', citeChips(ctx, v.articleIds, v.evidence)),
            ),
          ),
        ),
        c.explanation
          ? h('p', { class: 'explanation' }, h('strong', {}, 'Why they may differ: '), c.explanation)
          : null,
      ),
    ),
  );
}
