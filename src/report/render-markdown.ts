import { diffWords, excerptDiff, type WordDiffPart } from '../compare/index.js';
import type { Report, ReportArticle, Story } from '../model/index.js';
import { articleLabel, citationNumbers } from './article-labels.js';
import { escapeMarkdown as md } from './escape-markdown.js';
import { quotesToShow } from './quotes-to-show.js';

// A brief read in a terminal shows this many quotes and entities; the JSON and HTML reports hold them all.
const MAX_QUOTES = 12;
const MAX_ENTITIES = 15;

const cite = (ids: readonly string[], numbers: ReadonlyMap<string, number>): string =>
  ids.map((id) => `[${numbers.get(id) ?? '?'}]`).join('');

function storyMarkdown(story: Story, articles: ReadonlyMap<string, ReportArticle>): string {
  const numbers = citationNumbers(story.articleIds);
  const lines: string[] = [`## ${md(story.title)}`, ''];
  lines.push(`${story.articleIds.length} article${story.articleIds.length === 1 ? '' : 's'}:`);
  for (const id of story.articleIds) {
    const article = articles.get(id);
    if (!article) continue;
    const meta = [
      article.publishedAt?.slice(0, 10),
      article.duplicateOf ? `copy of [${numbers.get(article.duplicateOf)}]` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `- [${numbers.get(id)}] ${md(articleLabel(article))}${article.title && article.outlet ? `: ${md(article.title)}` : ''}${meta ? ` (${meta})` : ''}`,
    );
  }
  lines.push('', '### Summary', '');
  for (const sentence of story.summary)
    lines.push(`${md(sentence.text)} ${cite(sentence.articleIds, numbers)}`);
  const agreed = story.facts.filter((f) => f.articleIds.length >= 2);
  lines.push('', '### Agreed facts', '');
  if (agreed.length === 0) lines.push('_No fact is reported by more than one article._');
  for (const fact of agreed.slice(0, 15))
    lines.push(
      `- (${fact.articleIds.length}/${story.articleIds.length}) ${md(fact.text)} ${cite(fact.articleIds, numbers)}`,
    );
  lines.push('', '### Conflicts', '');
  if (story.conflicts.length === 0) lines.push('_No conflicting figures, dates or attributions found._');
  for (const conflict of story.conflicts) {
    lines.push(`- **${md(conflict.subject)}** (${conflict.kind})`);
    for (const value of conflict.values)
      lines.push(
        `  - ${md(value.value)} ${cite(value.articleIds, numbers)}: "${md(value.evidence[0]?.text ?? '')}"`,
      );
    if (conflict.explanation) lines.push(`  - _Why they may differ: ${md(conflict.explanation)}_`);
  }
  const omissions = story.omissions.filter((o) => o.factIds.length > 0);
  if (omissions.length > 0) {
    lines.push('', '### Left out', '');
    const facts = new Map(story.facts.map((f) => [f.id, f]));
    for (const omission of omissions) {
      const article = articles.get(omission.articleId);
      lines.push(
        `- [${numbers.get(omission.articleId)}] ${md(article ? articleLabel(article) : omission.articleId)} does not report:`,
      );
      for (const id of omission.factIds.slice(0, 5)) lines.push(`  - ${md(facts.get(id)?.text ?? id)}`);
    }
  }
  const quotes = quotesToShow(story.quotes, MAX_QUOTES);
  lines.push('', '### Quotes', '');
  if (quotes.length === 0) lines.push('_No quotes found._');
  for (const quote of quotes) {
    lines.push(`- **${md(quote.speaker.name)}**: "${md(quote.text)}" ${cite(quote.articleIds, numbers)}`);
    for (const variant of quote.variants) {
      if (variant.text === quote.text) continue;
      const parts =
        (variant as { diff?: readonly WordDiffPart[] }).diff ??
        excerptDiff(diffWords(quote.text, variant.text));
      const diff = parts
        .map((p) =>
          p.op === 'same' ? md(p.text) : p.op === 'added' ? `**+${md(p.text)}+**` : `~~${md(p.text)}~~`,
        )
        .join(' ');
      lines.push(`  - [${numbers.get(variant.articleId)}] ${diff}`);
    }
  }
  if (story.quotes.length > quotes.length)
    lines.push(`- _${story.quotes.length - quotes.length} more quotes in the JSON and HTML reports_`);
  lines.push('', '### Timeline', '');
  if (story.timeline.length === 0) lines.push('_No dated events found._');
  for (const entry of story.timeline) {
    const marks = entry as { background?: boolean; expected?: boolean };
    const label = marks.background ? ' _(background)_' : marks.expected ? ' _(expected)_' : '';
    lines.push(`- **${entry.date}**${label}: ${md(entry.text)} ${cite(entry.articleIds, numbers)}`);
  }
  const named = story.entities.filter((e) => e.type !== 'other');
  const people = named.slice(0, MAX_ENTITIES);
  lines.push('', '### Who and where', '');
  for (const entity of people) {
    const aliases = entity.aliases.filter((a) => a !== entity.name);
    const roles = entity.roles?.length ? ` (${entity.roles.join('; ')})` : '';
    lines.push(
      `- ${md(entity.name)}, ${entity.type}${md(roles)}${aliases.length ? `; also written ${md(aliases.join(', '))}` : ''}; ${entity.mentions.length} mentions`,
    );
  }
  if (named.length > people.length)
    lines.push(`- _${named.length - people.length} more in the JSON and HTML reports_`);
  lines.push('', '### Framing', '');
  for (const framing of story.framing) {
    const article = articles.get(framing.articleId);
    const terms = [...new Set(framing.loaded.map((l) => l.term.toLowerCase()))];
    const score = framing.opinion === undefined ? '' : ` opinion ${framing.opinion.toFixed(2)};`;
    lines.push(
      `- [${numbers.get(framing.articleId)}] ${md(article ? articleLabel(article) : framing.articleId)}:${score} ${terms.length ? `loaded terms in its own voice: ${md(terms.join(', '))}` : 'no loaded terms in its own voice'}`,
    );
  }
  return lines.join('\n');
}

/** The report as a Markdown brief to read in a terminal: per story, summary with citations, facts, conflicts, quotes, timeline, framing. */
export function renderMarkdown(report: Report): string {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const parts = [
    `# Parallax brief`,
    '',
    `${report.articles.length} ${report.articles.length === 1 ? 'article' : 'articles'}, ${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'}. Generated ${report.generatedAt}.`,
  ];
  for (const story of report.stories) parts.push('', storyMarkdown(story, articles));
  if (report.diagnostics.length > 0) {
    parts.push('', '## Diagnostics', '');
    for (const d of report.diagnostics)
      parts.push(`- ${d.level} ${d.code}: ${md(d.input)}: ${md(d.message)}`);
  }
  return `${parts.join('\n')}\n`;
}
