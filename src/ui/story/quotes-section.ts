import type { QuoteGroup } from '../../model/report.js';
import { sourceTag } from '../citations.js';
import { h, note, section, srOnly } from '../dom.js';
import type { StoryContext } from '../story-context.js';

/** A variant as compare writes it: the contract's fields plus the word diff against the group's text. */
interface Variant {
  articleId: string;
  text: string;
  sentenceId?: string;
  diff?: { op: 'same' | 'added' | 'removed'; text: string }[];
  meaningChanged?: boolean;
}

function diffLine(variant: Variant): HTMLElement {
  const line = h('p', { class: 'diff' });
  if (!variant.diff || variant.diff.every((d) => d.op === 'same')) {
    line.append(`“${variant.text}”`);
    return line;
  }
  variant.diff.forEach((part, i) => {
    if (i > 0) line.append(' ');
    if (part.op === 'same') line.append(part.text);
    else if (part.op === 'added') line.append(h('ins', {}, srOnly('added: '), part.text));
    else line.append(h('del', {}, srOnly('removed: '), part.text));
  });
  return line;
}

function quoteCard(ctx: StoryContext, group: QuoteGroup): HTMLElement {
  const variants = group.variants as Variant[];
  const changed = variants.some((v) => v.meaningChanged);
  return h(
    'article',
    { class: `quote${changed ? ' changed' : ''}` },
    h(
      'h3',
      { class: 'quote-speaker' },
      group.speaker.name === 'unknown' ? 'Unattributed' : group.speaker.name,
      changed ? h('span', { class: 'badge warn' }, 'wording changes the meaning') : null,
    ),
    h('blockquote', { class: 'quote-text' }, `“${group.text}”`),
    variants.length > 1
      ? h(
          'ul',
          { class: 'variants' },
          variants.map((v) =>
            h(
              'li',
              {},
              sourceTag(ctx, v.articleId),
              v.meaningChanged
                ? h('span', { class: 'badge warn' }, 'differs')
                : h('span', { class: 'badge ok' }, 'same words'),
              diffLine(v),
              v.sentenceId ? evidenceButton(ctx, v) : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'Quoted by ', sourceTag(ctx, variants[0]!.articleId), ' only.'),
  );
}

function evidenceButton(ctx: StoryContext, v: Variant): HTMLElement {
  const button = h('button', { type: 'button', class: 'link-button' }, 'in context');
  button.addEventListener('click', () => ctx.showEvidence(v.articleId, v.sentenceId, button));
  return button;
}

/** Quotes, with how each source rendered them as a word diff against one rendering. */
export function quotesSection(ctx: StoryContext): HTMLElement {
  const { quotes } = ctx.story;
  if (quotes.length === 0) return section('quotes', 'Quotes', note('No quotes found.'));
  const shared = quotes.filter((q) => q.variants.length > 1);
  const single = quotes.filter((q) => q.variants.length <= 1);
  return section(
    'quotes',
    `Quotes (${quotes.length})`,
    shared.length > 0
      ? [
          h('h3', { class: 'sub' }, `Quoted by several sources (${shared.length})`),
          ...shared.map((q) => quoteCard(ctx, q)),
        ]
      : note('No quote appears in more than one source.'),
    single.length > 0
      ? h(
          'details',
          {},
          h('summary', {}, `${single.length} quotes from one source each`),
          single.map((q) => quoteCard(ctx, q)),
        )
      : null,
  );
}
