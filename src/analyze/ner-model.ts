import { readFileSync } from 'node:fs';
import type { NerModel } from './tag-entities.js';

/**
 * The committed entity-tagger weights (models/ner-perceptron.json, made by `npm run train`), read once when
 * this module loads. The one place analysis touches the disk; the stage functions take the model as a value.
 */
export const NER_MODEL: NerModel = JSON.parse(
  readFileSync(new URL('../../models/ner-perceptron.json', import.meta.url), 'utf8'),
) as NerModel;
