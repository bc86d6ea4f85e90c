import { fileURLToPath } from 'node:url';
import { readInputs } from '../../src/ingest/index.js';
import { buildReport, type PipelineResult } from '../../src/pipeline/index.js';

/** The bundled sample story's folder. */
export const SAMPLE_DIR = fileURLToPath(new URL('../../samples/seed-story/', import.meta.url));

let cached: PipelineResult | undefined;

/** The pipeline's result on the bundled sample (computed once per test file). */
export async function sampleResult(): Promise<PipelineResult> {
  if (!cached) {
    const { documents, diagnostics } = await readInputs([SAMPLE_DIR]);
    cached = buildReport(documents, diagnostics, { generatedAt: '2026-01-01T00:00:00.000Z' });
  }
  return cached;
}

/** The analysed sample article whose file name starts with `prefix` ("002"). */
export async function sampleArticle(prefix: string) {
  const { analyzed } = await sampleResult();
  const found = analyzed.find((a) => a.article.input.split('/').pop()!.startsWith(prefix));
  if (!found) throw new Error(`no sample article ${prefix}`);
  return found;
}
