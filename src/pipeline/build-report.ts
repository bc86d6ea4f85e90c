import { analyzeArticle } from '../analyze/index.js';
import { extractArticle } from '../extract/index.js';
import type { AnalyzedArticle, Diagnostic, RawDocument, Report } from '../model/index.js';
import { buildStories, type StoryOptions } from './build-stories.js';

/** Options for a pipeline run. */
export interface PipelineOptions extends StoryOptions {
  /** When the report is generated (ISO); the caller supplies the clock so the pipeline stays pure. */
  readonly generatedAt: string;
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
  const { stories, articles } = buildStories(analyzed, options);
  return {
    analyzed,
    report: {
      version: 1,
      generatedAt: options.generatedAt,
      articles,
      stories,
      diagnostics,
    },
  };
}
