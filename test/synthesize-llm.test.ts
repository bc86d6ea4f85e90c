import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteSummaries, type RewrittenStory } from '../src/llm/index.js';
import { ReportSchema } from '../src/model/index.js';
import { checkableTokens, parseRewrite, verifyRewrite } from '../src/synthesize/index.js';
import { SAMPLE_DIR, sampleResult } from './helpers/sample.js';

// A local stand-in for an OpenAI-compatible endpoint: it answers with one sentence faithful to the summary's
// first sentence, one with a figure and a name that appear in no evidence, and one with no valid source.
let server: Server;
let url: string;
const requests: { model: string; messages: { role: string; content: string }[] }[] = [];
const FAITHFUL =
  'Antony Blinken met Iraqi Prime Minister Mohammed Shia al-Sudani about increased attacks against U.S. troops.';
const UNFAITHFUL = 'Blinken met al-Sudani in Basra, where 120 attacks were reported.';
const UNCITED = 'The talks went well.';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== '/v1/chat/completions') {
      res.statusCode = 404;
      res.end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push(JSON.parse(body));
      const content = JSON.stringify({
        sentences: [
          { text: FAITHFUL, sources: [1] },
          { text: UNFAITHFUL, sources: [1] },
          { text: UNCITED, sources: [99] },
        ],
      });
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          choices: [{ message: { role: 'assistant', content: `\`\`\`json\n${content}\n\`\`\`` } }],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the optional LLM rewrite', () => {
  it('keeps faithful sentences, drops unsupported ones and reports them', async () => {
    const { report } = await sampleResult();
    const rewritten = await rewriteSummaries(report, { url, model: 'stub-model', apiKey: 'k' });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.model).toBe('stub-model');
    expect(requests[0]!.messages.at(-1)!.content).toContain(report.stories[0]!.summary[0]!.text);
    const story = rewritten.stories[0] as RewrittenStory;
    expect(story.summary.map((s) => s.text)).toEqual([FAITHFUL]);
    expect(story.summary[0]!.articleIds).toEqual(report.stories[0]!.summary[0]!.articleIds);
    expect(story.summaryDropped!.map((d) => d.text)).toEqual([UNFAITHFUL, UNCITED]);
    expect(story.summaryDropped![0]!.reason).toMatch(/Basra.*120|120.*Basra/);
    const codes = rewritten.diagnostics.filter((d) => d.code === 'llm-unsupported-sentence');
    expect(codes).toHaveLength(2);
    expect(() => ReportSchema.parse(rewritten)).not.toThrow();
    expect(report.stories[0]!.summary[0]!.text).not.toBe(FAITHFUL); // the input report is unchanged
  });

  it('keeps the extractive summary and warns when the endpoint fails', async () => {
    const { report } = await sampleResult();
    const rewritten = await rewriteSummaries(report, {
      url: url.replace('/v1', '/v2'),
      model: 'm',
      timeoutMs: 5000,
    });
    expect(rewritten.stories[0]!.summary).toEqual(report.stories[0]!.summary);
    expect(rewritten.diagnostics.some((d) => d.code === 'llm-failed' && /404/.test(d.message))).toBe(true);
  });
});

describe('parallax analyze --llm', () => {
  it('rewrites through the endpoint named in the environment and reports what it dropped', async () => {
    const bin = new URL('../bin/parallax.js', import.meta.url).pathname;
    const { stdout, stderr } = await promisify(execFile)(
      'node',
      [bin, 'analyze', SAMPLE_DIR, '--no-store', '--llm', '--format', 'json'],
      {
        env: { ...process.env, PARALLAX_LLM_URL: url, PARALLAX_LLM_MODEL: 'stub-model' },
        maxBuffer: 50_000_000,
      },
    );
    const report = ReportSchema.parse(JSON.parse(stdout));
    expect(report.stories[0]!.summary.map((s) => s.text)).toEqual([FAITHFUL]);
    expect(stderr).toContain('llm-unsupported-sentence');
  });

  it('is off by default and refuses to run without an endpoint', async () => {
    const bin = new URL('../bin/parallax.js', import.meta.url).pathname;
    const env = { ...process.env, PARALLAX_LLM_URL: '', PARALLAX_LLM_MODEL: '' };
    const failed = await promisify(execFile)('node', [bin, 'analyze', SAMPLE_DIR, '--no-store', '--llm'], {
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect((failed as { code: number }).code).toBe(2);
    expect((failed as { stderr: string }).stderr).toMatch(/PARALLAX_LLM_URL/);
  });
});

describe('checking a rewrite against evidence', () => {
  const original = [
    {
      text: 'US forces have come under attack 32 times in Iraq and Syria since October 17.',
      articleIds: ['a'],
      evidence: [
        {
          articleId: 'a',
          sentenceId: 's3',
          text: 'US forces have come under attack 32 times in Iraq and Syria since October 17',
        },
      ],
    },
  ];
  it('finds numbers, names and dates to check, but not a sentence-initial capital', () => {
    expect(checkableTokens('Since October 17, US forces were attacked 32 times in Iraq.')).toEqual([
      '17',
      '32',
      'October',
      'US',
      'Iraq',
    ]);
  });
  it('drops a changed figure or date and keeps a faithful paraphrase', () => {
    const result = verifyRewrite(original, [
      { text: 'Since October 17, US forces in Iraq and Syria have been attacked 32 times.', sources: [1] },
      { text: 'US forces have been attacked 320 times in Iraq and Syria since October 17.', sources: [1] },
      { text: 'US forces have been attacked 32 times in Iraq and Syria since November 17.', sources: [1] },
    ]);
    expect(result.summary.map((s) => s.text)).toEqual([
      'Since October 17, US forces in Iraq and Syria have been attacked 32 times.',
    ]);
    expect(result.dropped.map((d) => d.reason)).toEqual([
      expect.stringContaining('320'),
      expect.stringContaining('November'),
    ]);
  });
  it('drops loaded wording and reads JSON from a code fence', () => {
    const parsed = parseRewrite(
      '```json\n{"sentences":[{"text":"US forces in Iraq and Syria suffered a brutal 32 attacks since October 17.","sources":[1]}]}\n```',
    );
    expect(parsed).toHaveLength(1);
    expect(verifyRewrite(original, parsed!).dropped[0]!.reason).toMatch(/loaded.*brutal/);
    expect(parseRewrite('no json here')).toBeUndefined();
  });
});
