import type { Hono } from 'hono';
import { buildReport } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { ApiError } from './api-error.js';
import { AnalyzeRequestSchema, pastedDocuments } from './analyze-request.js';
import type { FetchUrlDocuments } from './fetch-url-documents.js';
import { parseJsonBody } from './parse-json-body.js';

/** `POST /api/analyze`: documents and URLs in, the story report out (saved unless `save: false`). */
export function analyzeRoute(app: Hono, store: Store, fetchUrls: FetchUrlDocuments, now: () => Date): void {
  app.post('/api/analyze', async (c) => {
    const request = await parseJsonBody(c, AnalyzeRequestSchema);
    const fetched =
      request.urls.length > 0 ? await fetchUrls(request.urls) : { documents: [], diagnostics: [] };
    const documents = [...pastedDocuments(request), ...fetched.documents];
    const { report } = buildReport(documents, fetched.diagnostics, { generatedAt: now().toISOString() });
    if (report.articles.length === 0) {
      throw new ApiError(
        422,
        'no-article',
        'no article could be analysed from this request',
        report.diagnostics,
      );
    }
    const saved = request.save ? await store.saveReport(report) : undefined;
    return c.json({ ...report, ...(saved && { saved }) });
  });
}
