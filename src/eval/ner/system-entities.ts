import nlp from 'compromise';
import { findEntities } from '../../analyze/find-entities.js';
import { NER_MODEL } from '../../analyze/ner-model.js';
import { splitSentences } from '../../analyze/split-sentences.js';
import type { EntityType } from '../../model/index.js';
import type { GoldEntity } from './ner-documents.js';

const OUR_TYPES: Partial<Record<EntityType, string>> = {
  person: 'PER',
  organization: 'ORG',
  group: 'ORG',
  location: 'LOC',
};

/** Parallax's entity mentions in a text, as evaluation spans (person -> PER, organization and group -> ORG, location -> LOC). */
export function parallaxEntities(text: string): GoldEntity[] {
  return findEntities(text, splitSentences(text), NER_MODEL).flatMap((m) => {
    const type = OUR_TYPES[m.type];
    return type ? [{ start: m.start, end: m.end, type }] : [];
  });
}

interface CompromiseMatch {
  readonly text: string;
  readonly offset: { readonly start: number; readonly length: number };
}

/** compromise's people, organisations and places, trimmed of trailing punctuation and possessive "'s". */
export function compromiseEntities(text: string): GoldEntity[] {
  const doc = nlp(text);
  const found: GoldEntity[] = [];
  const add = (matches: CompromiseMatch[], type: string): void => {
    for (const match of matches) {
      const start = match.offset.start;
      const raw = text.slice(start, start + match.offset.length);
      const trimmed = raw.replace(/(?:['’]s)?[\s.,;:!?"”’')]*$/u, '').replace(/['’]s$/u, '');
      const lead = /^[\s"“‘'(]*/u.exec(trimmed)![0].length;
      if (trimmed.length > lead) found.push({ start: start + lead, end: start + trimmed.length, type });
    }
  };
  add(doc.people().json({ offset: true }) as CompromiseMatch[], 'PER');
  add(doc.organizations().json({ offset: true }) as CompromiseMatch[], 'ORG');
  add(doc.places().json({ offset: true }) as CompromiseMatch[], 'LOC');
  return found;
}
