import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/model/index.js';
import { sampleResult } from './helpers/sample.js';

describe('report contract on the sample story', () => {
  it('validates against the contract schema', async () => {
    const { report } = await sampleResult();
    const parsed = ReportSchema.safeParse(report);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
  });

  it('puts the five articles in one story', async () => {
    const { report } = await sampleResult();
    expect(report.articles).toHaveLength(5);
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0]!.articleIds).toHaveLength(5);
    expect(report.diagnostics).toEqual([]);
  });

  it('cites at least one article in every summary sentence', async () => {
    const { report } = await sampleResult();
    const summary = report.stories[0]!.summary;
    expect(summary.length).toBeGreaterThanOrEqual(5);
    for (const sentence of summary) expect(sentence.articleIds.length).toBeGreaterThan(0);
  });

  it('gives every span offsets that point at its text', async () => {
    const { report } = await sampleResult();
    const articles = new Map(report.articles.map((a) => [a.id, a]));
    for (const article of report.articles) {
      for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    }
    const story = report.stories[0]!;
    for (const entity of story.entities) {
      for (const m of entity.mentions)
        expect(articles.get(m.articleId)!.text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const quote of story.quotes) {
      for (const v of quote.variants)
        expect(articles.get(v.articleId)!.text.slice(v.start, v.end)).toBe(v.text);
    }
    for (const f of story.framing) {
      for (const l of f.loaded) expect(articles.get(f.articleId)!.text.slice(l.start, l.end)).toBe(l.term);
    }
  });

  it('cites evidence sentences that exist and say what they cite', async () => {
    const { report } = await sampleResult();
    const story = report.stories[0]!;
    const sentence = (articleId: string, sentenceId: string) =>
      report.articles.find((a) => a.id === articleId)?.sentences.find((s) => s.id === sentenceId);
    const evidence = [
      ...story.summary.flatMap((s) => s.evidence),
      ...story.facts.flatMap((f) => f.evidence),
      ...story.conflicts.flatMap((c) => c.values.flatMap((v) => v.evidence)),
    ];
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence) expect(sentence(e.articleId, e.sentenceId)?.text).toBe(e.text);
    for (const fact of story.facts) {
      expect(new Set(fact.evidence.map((e) => e.articleId))).toEqual(new Set(fact.articleIds));
    }
  });
});
