import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalTask, Metrics } from '../eval-task.js';
import { inSplit, splitOf } from '../split.js';
import { pudNewsDocuments, type GoldEntity, type NerDocument } from './ner-documents.js';
import { readGumDocument } from './read-gum.js';
import { scoreEntities } from './score-entities.js';
import { compromiseEntities, parallaxEntities } from './system-entities.js';

const SYSTEMS: Record<string, (text: string) => GoldEntity[]> = {
  parallax: parallaxEntities,
  compromise: compromiseEntities,
};

const round = (value: number): number => Math.round(value * 1000) / 1000;

function metricsOf(documents: readonly NerDocument[], system: (text: string) => GoldEntity[]): Metrics {
  const score = scoreEntities(documents.map((d) => ({ gold: d.entities, predicted: system(d.text) })));
  const perType = Object.fromEntries(
    Object.entries(score.perType).map(([type, s]) => [
      type,
      { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), gold: s.gold },
    ]),
  );
  return {
    precision: round(score.precision),
    recall: round(score.recall),
    f1: round(score.f1),
    gold: score.gold,
    predicted: score.predicted,
    perType,
  };
}

/** `parallax eval ner`: exact-span entity precision, recall and F1 on PUD news and GUM news, Parallax vs compromise. */
export const nerTask: EvalTask = {
  name: 'ner',
  description: 'named entities (PER, ORG, LOC) on UNER PUD news and GUM news, Parallax vs compromise',
  async run({ split, dataDir, onProgress }) {
    const pudText = await readFile(join(dataDir, 'ner-uner-english-pud', 'en_pud-ud-test.iob2'), 'utf8');
    const pud = pudNewsDocuments(pudText).filter((d) => inSplit(splitOf(d.id), split));
    const gumDir = join(dataDir, 'gum-news', 'dep');
    const gumFiles = (await readdir(gumDir)).filter((f) => f.endsWith('.conllu')).sort();
    const gum: NerDocument[] = [];
    for (const file of gumFiles) {
      if (!inSplit(splitOf(file), split)) continue;
      gum.push(readGumDocument(file, await readFile(join(gumDir, file), 'utf8')));
    }
    const datasets: Record<string, Record<string, Metrics>> = {};
    for (const [name, documents] of [
      ['ner-uner-english-pud', pud],
      ['gum-news', gum],
    ] as const) {
      onProgress?.(`${name}: ${documents.length} documents`);
      datasets[name] = Object.fromEntries(
        Object.entries(SYSTEMS).map(([system, run]) => [system, metricsOf(documents, run)]),
      );
    }
    return {
      task: 'ner',
      split,
      datasets,
      notes: [
        'exact span and type; PUD: news documents only (ids starting with "n"); GUM: person, organization and place mentions with a Wikipedia identity made of proper nouns',
      ],
    };
  },
};
