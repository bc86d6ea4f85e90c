/** One schema change, applied once, in order. The SQL runs on PGlite and PostgreSQL alike. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration, oldest first. Never edit one that has shipped: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles and stories',
    sql: `
      CREATE TABLE articles (
        id text PRIMARY KEY,
        input text NOT NULL,
        url text,
        outlet text,
        title text,
        published_at text,
        language text,
        body text NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX articles_url ON articles (url);
      CREATE TABLE stories (
        id text PRIMARY KEY,
        title text NOT NULL,
        article_count integer NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE story_articles (
        story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (story_id, article_id)
      );
      CREATE INDEX story_articles_article ON story_articles (article_id);
    `,
  },
  {
    version: 2,
    name: 'web ingestion: article URLs, content hashes, feed state',
    sql: `
      CREATE INDEX articles_body_md5 ON articles (md5(body));
      CREATE TABLE article_urls (
        url text PRIMARY KEY,
        article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        feed_url text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX article_urls_article ON article_urls (article_id);
      CREATE TABLE feeds (
        url text PRIMARY KEY,
        etag text,
        last_modified text,
        item_count integer NOT NULL DEFAULT 0,
        polled_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz
      );
    `,
  },
];
