import { describe, expect, it } from 'vitest';
import { parallax } from './helpers/parallax-cli.js';
import { SAMPLE_DIR } from './helpers/sample.js';

describe('parallax extract', () => {
  it('extracts one Article per file of a directory as JSON', async () => {
    const { code, stdout } = await parallax(['extract', SAMPLE_DIR, '--format', 'json']);
    expect(code).toBe(0);
    const articles = JSON.parse(stdout) as { title?: string; text: string; byline?: string[] }[];
    expect(articles).toHaveLength(5);
    expect(articles[4]!.byline).toEqual(['Dave DeCamp']);
    expect(articles[1]!.text).not.toContain('Dr. Stormy');
  });

  it('reads stdin, and reports a URL it may not fetch without losing the batch', async () => {
    const text =
      'Blinken Visits Iraq\n\nSecretary of State Antony Blinken made an unannounced visit to Iraq on Sunday.';
    const { code, stdout, stderr } = await parallax(['extract', '-', 'http://127.0.0.1:9/a'], text);
    expect(code).toBe(0);
    expect(stdout).toContain('# Blinken Visits Iraq');
    expect(stdout).toContain('made an unannounced visit');
    // Loopback is refused without --allow-private, so nothing is fetched and the text is still extracted.
    expect(stderr).toMatch(/http:\/\/127\.0\.0\.1:9\/a: .*\(private-address\)/);
  });
});
