import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/model/index.js';
import { parallax } from './helpers/parallax-cli.js';
import { SAMPLE_DIR } from './helpers/sample.js';

/** Runs `parallax analyze` on the inputs with JSON output and no store, and parses the report. */
async function analyzeToJson(...inputs: string[]) {
  const { code, stdout, stderr } = await parallax(['analyze', ...inputs, '--format', 'json', '--no-store']);
  return { code, stderr, report: JSON.parse(stdout) };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-cli-'));
});

describe('parallax analyze', () => {
  it('prints a contract-valid JSON report of the sample with one story', async () => {
    const { code, stdout } = await parallax([
      'analyze',
      SAMPLE_DIR,
      '--format',
      'json',
      '--db',
      join(dir, 'db1'),
    ]);
    expect(code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(stdout));
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0]!.summary.every((s) => s.articleIds.length > 0)).toBe(true);
  });

  it('prints a Markdown brief with summary, facts, conflicts, quotes, timeline and framing', async () => {
    const { code, stdout } = await parallax(['analyze', SAMPLE_DIR, '--no-store']);
    expect(code).toBe(0);
    for (const heading of [
      '### Summary',
      '### Agreed facts',
      '### Conflicts',
      '### Quotes',
      '### Timeline',
      '### Framing',
    ]) {
      expect(stdout).toContain(heading);
    }
    expect(stdout).toMatch(/\[\d\]/);
  });

  it('reads an article from stdin', async () => {
    const text =
      'Officials said on Tuesday that the bridge over the river would reopen next month after repairs costing 4 million dollars were completed by the city.';
    const { code, stdout } = await parallax(['analyze', '-', '--format', 'json', '--no-store'], text);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).articles[0].input).toBe('-');
  });

  it('takes "md" for Markdown and counts one article as one', async () => {
    const text =
      'Officials said on Tuesday that the bridge over the river would reopen next month after repairs costing 4 million dollars were completed by the city.';
    const { code, stdout } = await parallax(['analyze', '-', '-f', 'md', '--no-store'], text);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 article, 1 story\./m);
    const wrong = await parallax(['analyze', '-', '-f', 'pdf', '--no-store'], text);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/json, markdown, html/);
  });

  it('analyses the good inputs of a batch and names each bad one', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    await writeFile(join(dir, 'broken.jsonl'), '{"text": "fine"\n{not json}\n');
    const good = `${SAMPLE_DIR}/004_81065fa51223f018.txt`;
    const { code, report, stderr } = await analyzeToJson(
      good,
      join(dir, 'missing.txt'),
      join(dir, 'empty.txt'),
      join(dir, 'binary.txt'),
      join(dir, 'broken.jsonl'),
    );
    expect(code).toBe(0);
    expect(report.articles).toHaveLength(1);
    const codes = Object.fromEntries(
      report.diagnostics.map((d: { input: string; code: string }) => [d.input.split('/').pop(), d.code]),
    );
    expect(codes).toMatchObject({
      'missing.txt': 'not-found',
      'empty.txt': 'empty-input',
      'binary.txt': 'binary-input',
    });
    expect(report.diagnostics.some((d: { code: string }) => d.code === 'malformed-json')).toBe(true);
    expect(stderr).toContain('missing.txt');
  });

  it('reads gzip-compressed inputs by their inner extension, and names a broken one', async () => {
    const page = await readFile(`${SAMPLE_DIR}/004_81065fa51223f018.txt`);
    await writeFile(join(dir, 'story.txt.gz'), gzipSync(page));
    await writeFile(join(dir, 'cut.html.gz'), gzipSync(page).subarray(0, 40));
    await writeFile(join(dir, 'huge.txt.gz'), gzipSync(Buffer.alloc(65 * 1024 * 1024, 97)));
    const { code, report } = await analyzeToJson(
      join(dir, 'story.txt.gz'),
      join(dir, 'cut.html.gz'),
      join(dir, 'huge.txt.gz'),
    );
    expect(code).toBe(0);
    expect(report.articles).toHaveLength(1);
    expect(report.articles[0].title).toBe('Blinken Visits Iraq as Attacks on US Troops Continue');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ input: join(dir, 'cut.html.gz'), code: 'bad-gzip' }),
      expect.objectContaining({
        input: join(dir, 'huge.txt.gz'),
        code: 'bad-gzip',
        message: expect.stringMatching(/unpacks to more than 64 MB/),
      }),
    ]);
  });

  it('exits non-zero with a clear message when no input could be analysed', async () => {
    const { code, stderr } = await parallax(['analyze', join(dir, 'missing.txt'), '--no-store']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no article could be analysed/);
    expect(stderr).toMatch(/missing\.txt: no such file or directory/);
  });

  it('stores each article and story once however often it runs, and shows stored stories', async () => {
    const db = join(dir, 'db2');
    await parallax(['analyze', SAMPLE_DIR, '--db', db, '--format', 'json']);
    const second = await parallax(['analyze', SAMPLE_DIR, '--db', db, '--format', 'json']);
    expect(second.stderr).toContain('0 new articles, 0 new stories');
    const listed = await parallax(['stories', '--db', db, '--format', 'json']);
    const stories = JSON.parse(listed.stdout);
    expect(stories).toHaveLength(1);
    expect(stories[0].articleCount).toBe(5);
    const shown = await parallax(['show', stories[0].id, '--db', db, '--format', 'json']);
    expect(ReportSchema.parse(JSON.parse(shown.stdout)).stories[0]!.id).toBe(stories[0].id);
    const missing = await parallax(['show', 'nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no story with id "nope"');
  });
});
