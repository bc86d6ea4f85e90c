import { mkdir } from 'node:fs/promises';
import { openPgliteClient } from './pglite/pglite-client.js';
import { openPostgresClient } from './postgres/postgres-client.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

/** Where the embedded database lives unless told otherwise. */
export const DEFAULT_DB_PATH = './.parallax/db';

/**
 * Opens the store a location names: a `postgres://` or `postgresql://` URL opens PostgreSQL, `memory:`
 * an in-memory PGlite, anything else a PGlite folder (created when missing).
 */
export async function openStore(location: string = DEFAULT_DB_PATH): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//.test(location)) return SqlStore.open(await openPostgresClient(location));
  if (location === 'memory:') return SqlStore.open(await openPgliteClient());
  await mkdir(location, { recursive: true });
  return SqlStore.open(await openPgliteClient(location));
}
