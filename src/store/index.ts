export type { Store, StorySummary, SaveResult, ListOptions, IngestSaveResult, FeedState } from './store.js';
export type { SqlClient } from './sql-client.js';
export { SqlStore } from './sql-store.js';
export { openStore, DEFAULT_DB_PATH } from './open-store.js';
export { migrate } from './migrate.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { openPgliteClient } from './pglite/pglite-client.js';
export { StoreBusyError } from './pglite/lock-folder.js';
export { openPostgresClient } from './postgres/postgres-client.js';
