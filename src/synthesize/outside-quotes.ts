/** The text with every quoted passage blanked out: what is said in the outlet's own voice. */
export function outsideQuotes(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, ' ');
}
