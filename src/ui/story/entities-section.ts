import type { StoryEntity } from '../../model/report.js';
import { h, note, section } from '../dom.js';
import type { StoryContext } from '../story-context.js';

const TYPE_LABEL: Record<StoryEntity['type'], string> = {
  person: 'People',
  organization: 'Organisations',
  group: 'Groups',
  location: 'Places',
  event: 'Events',
  other: 'Other',
};
const SHOWN = 8;

function entityItem(ctx: StoryContext, entity: StoryEntity): HTMLElement {
  const others = entity.aliases.filter((a) => a !== entity.name);
  const sources = new Set(entity.mentions.map((m) => m.articleId)).size;
  return h(
    'li',
    { class: 'entity' },
    h('span', { class: 'entity-name' }, entity.name),
    entity.roles?.length ? h('span', { class: 'entity-roles' }, entity.roles.join(' · ')) : null,
    others.length ? h('span', { class: 'aliases' }, 'also written: ', others.join(', ')) : null,
    h(
      'span',
      { class: 'muted mentions' },
      `${entity.mentions.length} ${entity.mentions.length === 1 ? 'mention' : 'mentions'} in ${sources} of ${ctx.story.articleIds.length} sources`,
    ),
  );
}

/** People, organisations and places, each with every spelling the sources used. */
export function entitiesSection(ctx: StoryContext): HTMLElement {
  const { entities } = ctx.story;
  if (entities.length === 0) return section('entities', 'Who and where', note('No entities found.'));
  const groups = (Object.keys(TYPE_LABEL) as StoryEntity['type'][])
    .map((type) => ({
      type,
      items: entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length),
    }))
    .filter((g) => g.items.length > 0);
  return section(
    'entities',
    'Who and where',
    h(
      'div',
      { class: 'entity-groups' },
      groups.map((g) =>
        h(
          'div',
          { class: 'entity-group' },
          h('h3', {}, `${TYPE_LABEL[g.type]} (${g.items.length})`),
          h(
            'ul',
            { class: 'entities' },
            g.items.slice(0, SHOWN).map((e) => entityItem(ctx, e)),
          ),
          g.items.length > SHOWN
            ? h(
                'details',
                {},
                h('summary', {}, `${g.items.length - SHOWN} more`),
                h(
                  'ul',
                  { class: 'entities' },
                  g.items.slice(SHOWN).map((e) => entityItem(ctx, e)),
                ),
              )
            : null,
        ),
      ),
    ),
  );
}
