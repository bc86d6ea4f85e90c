import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/index.js';
import { buildReport } from '../src/pipeline/index.js';
import { sampleArticle, sampleResult } from './helpers/sample.js';

// Review stories from the BASIL dev set (journalist review, section 4): three outlets' full articles each.
const storyFile = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/omissions/${name}.jsonl`, import.meta.url));

/** The texts of the facts the report says an outlet leaves out of the review story in `name`. */
async function omittedBy(name: string, outlet: string): Promise<string[]> {
  const { documents, diagnostics } = await readInputs([storyFile(name)]);
  const { report } = buildReport(documents, diagnostics, { generatedAt: '2026-01-01T00:00:00.000Z' });
  const articleId = report.articles.find((a) => a.outlet === outlet)!.id;
  const story = report.stories.find((s) => s.articleIds.includes(articleId))!;
  const factIds = story.omissions.find((o) => o.articleId === articleId)?.factIds ?? [];
  return factIds.map((id) => story.facts.find((f) => f.id === id)!.text);
}

describe('omissions in review stories', () => {
  it('does not say Fox leaves out America Rising releasing the video, which it tells in its own words', async () => {
    // Fox: "The video, which was posted online by the conservative super PAC America Rising, ..."
    expect(await omittedBy('22b6e900', 'fox')).not.toContainEqual(expect.stringMatching(/America Rising/));
  });

  it('does not say the NYT leaves out the governor’s son opposing the bill, its whole subject', async () => {
    // NYT: "he disclosed that the proposal had drawn resistance from a particularly noteworthy critic: his son,
    // Seth Hutchinson."
    expect(await omittedBy('2742e9c1', 'nyt')).not.toContainEqual(expect.stringMatching(/his own son/));
  });

  it('does not say HuffPost leaves out the other women The Post found', async () => {
    // HuffPost: "telling the paper the accusations of four women are “the very definition of fake news.”"
    expect(await omittedBy('be026bd1', 'hpo')).not.toContainEqual(expect.stringMatching(/three other women/));
  });

  it('keeps what an outlet really leaves out, though it shares a phrase or a denial with it', async () => {
    // HuffPost says only "He has no federal law enforcement experience" and quotes McCaskill on "a law
    // enforcement official"; it never says Lieberman was Connecticut's attorney general.
    expect(await omittedBy('72fa9b13', 'hpo')).toContainEqual(
      expect.stringMatching(/attorney general of Connecticut/),
    );
    // The NYT never names McCaskill.
    expect(await omittedBy('72fa9b13', 'nyt')).toContainEqual(expect.stringMatching(/McCaskill/));
  });

  it('does not take words an outlet only quotes for its telling of a fact', async () => {
    // Sample article 002 quotes Blinken's warning to "anyone who might seek to take advantage of the conflict";
    // it never says al-Sudani is "working with his own security forces ... to take necessary action ... to seek
    // to prevent them".
    const { report } = await sampleResult();
    const story = report.stories[0]!;
    const articleId = (await sampleArticle('002')).article.id;
    const factIds = story.omissions.find((o) => o.articleId === articleId)?.factIds ?? [];
    const omitted = factIds.map((id) => story.facts.find((f) => f.id === id)!.text);
    expect(omitted).toContainEqual(expect.stringMatching(/working with his own security forces/));
  });
});
