import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes command output to a file when one is given, else to stdout. */
export async function writeOutput(text: string, out: string | undefined): Promise<void> {
  if (!out) {
    process.stdout.write(text);
    return;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
}
