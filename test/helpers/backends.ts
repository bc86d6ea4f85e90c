import pg from 'pg';
import { openPgliteClient, openPostgresClient, type SqlClient } from '../../src/store/index.js';

/** The PostgreSQL server the storage tests use (trust auth, database `test` unless told otherwise). */
export const POSTGRES_URL = process.env.PARALLAX_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL schema for one test file, so parallel files never see each other's rows. */
export interface TestSchema {
  connect(): Promise<SqlClient>;
  drop(): Promise<void>;
}

/** Creates (on first connect) and drops a uniquely named schema on the test server. */
export function testSchema(prefix: string): TestSchema {
  const schema = `${prefix}_${process.pid}_${Date.now()}`;
  return {
    async connect() {
      await admin(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      return openPostgresClient(`${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`);
    },
    drop: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
  };
}

/** Every backend behind the Store interface, for suites looped over all of them, and the cleanup to run after. */
export function storeBackends(prefix: string): {
  backends: Record<string, () => Promise<SqlClient>>;
  drop: () => Promise<void>;
} {
  const postgres = testSchema(prefix);
  return {
    backends: { pglite: () => openPgliteClient(), postgres: () => postgres.connect() },
    drop: () => postgres.drop(),
  };
}
