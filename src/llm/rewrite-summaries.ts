import type { Diagnostic, Report, Story } from '../model/index.js';
import { parseRewrite, rewritePrompt, verifyRewrite, type DroppedSentence } from '../synthesize/index.js';
import { chatCompletion } from './chat-completion.js';
import type { LlmConfig } from './llm-config.js';

/** A story's summary after the optional rewrite, with the sentences the check dropped. */
export type RewrittenStory = Story & { summaryDropped?: DroppedSentence[]; summaryRewritten?: boolean };

/**
 * Asks the model to rewrite each story's summary, keeps only sentences the evidence supports, and reports
 * every dropped sentence as a diagnostic. A story whose rewrite fails or keeps nothing keeps its extractive
 * summary. Returns a new report; the input is not changed.
 */
export async function rewriteSummaries(report: Report, config: LlmConfig): Promise<Report> {
  const diagnostics: Diagnostic[] = [...report.diagnostics];
  const stories: RewrittenStory[] = [];
  for (const story of report.stories) {
    if (story.summary.length === 0) {
      stories.push(story);
      continue;
    }
    const input = `story ${story.id}`;
    let answer: string;
    try {
      answer = await chatCompletion(config, rewritePrompt(story));
    } catch (error) {
      diagnostics.push({
        input,
        level: 'warning',
        code: 'llm-failed',
        message: `rewrite skipped: ${(error as Error).message}`,
      });
      stories.push(story);
      continue;
    }
    const proposed = parseRewrite(answer);
    if (!proposed) {
      diagnostics.push({
        input,
        level: 'warning',
        code: 'llm-bad-answer',
        message: 'rewrite skipped: the answer was not the JSON asked for',
      });
      stories.push(story);
      continue;
    }
    const verified = verifyRewrite(story.summary, proposed);
    for (const d of verified.dropped)
      diagnostics.push({
        input,
        level: 'warning',
        code: 'llm-unsupported-sentence',
        message: `dropped "${d.text}": ${d.reason}`,
      });
    const kept = verified.summary.length > 0;
    stories.push({
      ...story,
      summary: kept ? verified.summary : story.summary,
      summaryDropped: verified.dropped,
      summaryRewritten: kept,
    });
  }
  return { ...report, stories, diagnostics };
}
