/** Writes progress to stderr: a rewriting line on a terminal, occasional plain lines otherwise. */
export function createProgress(
  stream: NodeJS.WriteStream = process.stderr,
  enabled = true,
): (stage: string, done: number, total: number) => void {
  let lastLine = 0;
  return (stage, done, total) => {
    if (!enabled || total < 2) return;
    const percent = Math.round((done / total) * 100);
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round((done / total) * width);
      stream.write(
        `\r${stage.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
      );
      if (done === total) stream.write('\n');
    } else if (done === total || Date.now() - lastLine > 2000) {
      lastLine = Date.now();
      stream.write(`${stage}: ${done}/${total} (${percent}%)\n`);
    }
  };
}
