import pg from 'pg';
import type { SqlClient } from '../sql-client.js';

type Queryable = Pick<pg.PoolClient, 'query'>;

function wrap(db: Queryable, transaction: SqlClient['transaction'], close: () => Promise<void>): SqlClient {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      return (await db.query(sql, [...params])).rows as T[];
    },
    async exec(sql: string): Promise<void> {
      await db.query(sql);
    },
    transaction,
    close,
  };
}

/** A SQL client on a PostgreSQL server (connection string such as `postgres://user@host:5432/db`). */
export async function openPostgresClient(connectionString: string): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString, max: 4 });
  await (await pool.connect()).release();
  const close = (): Promise<void> => pool.end();
  const transaction = async <T>(fn: (tx: SqlClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const nested = <U>(inner: (tx: SqlClient) => Promise<U>): Promise<U> =>
        inner(wrap(client, nested, close));
      const result = await fn(wrap(client, nested, close));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  return wrap(pool, transaction, close);
}
