/**
 * Escapes article text for Markdown: a backslash before the characters that would start markup (raw HTML, links,
 * emphasis, code, strikethrough, tables), so a brief rendered by a Markdown viewer shows the words and never runs
 * an article's HTML. An underscore inside a word (file_name.txt) is left alone: it cannot start emphasis there.
 * Line breaks (\n, \r\n, a lone \r) become spaces, and a list, heading or quote marker opening the text is escaped,
 * so a sentence that starts a line cannot open a list, heading or quote of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<>~|]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, '\\$&')
    .replace(/\s*[\r\n]\s*/g, ' ')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)([+\-#])/, '$1\\$2');
}
