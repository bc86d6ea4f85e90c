import { analyzeArticle } from '../analyze/index.js';
import { clusterArticles } from '../cluster/index.js';
import { compareStory } from '../compare/index.js';
import { extractArticle } from '../extract/index.js';
import type {
  AnalyzedArticle,
  Diagnostic,
  RawDocument,
  Report,
  ReportArticle,
  Story,
} from '../model/index.js';
import { synthesizeStory, type SummaryOptions } from '../synthesize/index.js';

/** Options for a pipeline run. */
export interface PipelineOptions {
  /** When the report is generated (ISO); the caller supplies the clock so the pipeline stays pure. */
  readonly generatedAt: string;
  readonly summary?: SummaryOptions;
  /** Called as each stage progresses, for progress output on long runs. */
  readonly onProgress?: (stage: string, done: number, total: number) => void;
}

/** The report's view of an analysed article. */
export function reportArticle(analyzed: AnalyzedArticle, duplicateOf?: string): ReportArticle {
  const { article } = analyzed;
  return {
    ...article,
    byline: article.byline ? [...article.byline] : undefined,
    removed: article.removed.map((r) => ({ ...r })),
    sentences: analyzed.sentences.map((s) => ({ ...s })),
    ...(duplicateOf && { duplicateOf }),
  };
}

/** Everything one run produced: the report, and the analysed articles behind it (for storage). */
export interface PipelineResult {
  readonly report: Report;
  readonly analyzed: readonly AnalyzedArticle[];
}

/** Runs the whole pipeline on raw documents: extract, analyse, cluster, compare, synthesise. */
export function buildReport(
  documents: readonly RawDocument[],
  inputDiagnostics: readonly Diagnostic[],
  options: PipelineOptions,
): PipelineResult {
  const diagnostics: Diagnostic[] = [...inputDiagnostics];
  const analyzed: AnalyzedArticle[] = [];
  const seen = new Set<string>();
  documents.forEach((document, index) => {
    const result = extractArticle(document);
    diagnostics.push(...result.diagnostics);
    if (result.article && !seen.has(result.article.id)) {
      seen.add(result.article.id);
      analyzed.push(analyzeArticle(result.article));
    } else if (result.article) {
      diagnostics.push({
        input: document.input,
        level: 'warning',
        code: 'duplicate-input',
        message: `same content as article ${result.article.id}; counted once`,
      });
    }
    options.onProgress?.('analyse', index + 1, documents.length);
  });
  const clusters = clusterArticles(analyzed);
  const byId = new Map(analyzed.map((a) => [a.article.id, a]));
  const stories: Story[] = clusters.stories.map((cluster, index) => {
    const members = cluster.articleIds
      .map((id) => byId.get(id)!)
      .filter((a) => !clusters.duplicateOf[a.article.id]);
    const story = synthesizeStory(cluster, members, compareStory(members), options.summary);
    options.onProgress?.('compare', index + 1, clusters.stories.length);
    return story;
  });
  return {
    analyzed,
    report: {
      version: 1,
      generatedAt: options.generatedAt,
      articles: analyzed.map((a) => reportArticle(a, clusters.duplicateOf[a.article.id])),
      stories,
      diagnostics,
    },
  };
}
