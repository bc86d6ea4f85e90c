export { createApp, type AppOptions } from './create-app.js';
export { startServer, type RunningServer } from './start-server.js';
export { fetchUrlDocuments, type FetchUrlDocuments } from './fetch-url-documents.js';
export { CONTENT_SECURITY_POLICY } from './security-headers.js';
