import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlClient } from '../sql-client.js';
import { lockFolder } from './lock-folder.js';

function wrap(db: PGlite | Transaction, close: () => Promise<void>): SqlClient {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      return (await db.query<T>(sql, [...params])).rows;
    },
    async exec(sql: string): Promise<void> {
      await db.exec(sql);
    },
    transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> {
      if (!('transaction' in db)) return fn(wrap(db, close));
      return db.transaction((tx) => fn(wrap(tx, close)));
    },
    close,
  };
}

/**
 * A SQL client on an embedded PGlite database kept in a folder (or in memory when `dataDir` is omitted); the
 * folder is locked to this process until the client closes.
 */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  const release = dataDir ? await lockFolder(dataDir) : async () => undefined;
  try {
    const db = dataDir ? new PGlite(dataDir) : new PGlite();
    await db.waitReady;
    return wrap(db, async () => {
      await db.close();
      await release();
    });
  } catch (error) {
    await release();
    throw error;
  }
}
