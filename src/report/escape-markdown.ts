/**
 * Escapes article text for Markdown: a backslash before the characters that would start markup (raw HTML, links,
 * emphasis, code), so a brief rendered by a Markdown viewer shows the words and never runs an article's HTML.
 * An underscore inside a word (file_name.txt) is left alone: it cannot start emphasis there. Line breaks become
 * spaces so a sentence cannot open a heading or list of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*[\]<>]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, '\\$&').replace(/\s*\n\s*/g, ' ');
}
