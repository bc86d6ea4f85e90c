import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/index.js';
import { analyzeRoute } from './analyze-route.js';
import { ApiError, errorResponse } from './api-error.js';
import { fetchUrlDocuments, type FetchUrlDocuments } from './fetch-url-documents.js';
import { openApiDocument } from './openapi.js';
import { securityHeaders } from './security-headers.js';
import { DEFAULT_UI_DIR, serveUi } from './serve-ui.js';
import { storiesRoutes } from './stories-routes.js';

/** What the app needs; only the store is required. */
export interface AppOptions {
  readonly store: Store;
  /** Turns URLs into documents for `POST /api/analyze`. */
  readonly fetchUrls?: FetchUrlDocuments;
  /** The built UI's folder. */
  readonly uiDir?: string;
  /** The largest request body accepted, in bytes. */
  readonly maxBodyBytes?: number;
  /** The clock for reports' `generatedAt`. */
  readonly now?: () => Date;
}

/** The whole HTTP app (API and UI), separate from any listening server so tests can call it in process. */
export function createApp({
  store,
  fetchUrls = fetchUrlDocuments,
  uiDir = DEFAULT_UI_DIR,
  maxBodyBytes = 2 * 1024 * 1024,
  now = () => new Date(),
}: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError(413, 'payload-too-large', `the body is larger than ${maxBodyBytes} bytes`);
      },
    }),
  );
  const openApi = openApiDocument();
  app.get('/api/openapi.json', (c) => c.json(openApi));
  analyzeRoute(app, store, fetchUrls, now);
  storiesRoutes(app, store);
  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found', 'no such API endpoint (see /api/openapi.json)');
  });
  serveUi(app, uiDir);
  app.notFound((c) => c.text('not found', 404));
  app.onError(errorResponse);
  return app;
}
