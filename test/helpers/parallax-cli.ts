import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The built CLI, as `npx parallax` runs it. */
export const BIN = new URL('../../bin/parallax.js', import.meta.url).pathname;

/** Runs `parallax ...args` to the end with `input` on stdin; returns its exit code and output. */
export async function parallax(
  args: string[],
  input = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const child = run('node', [BIN, ...args], { maxBuffer: 50_000_000 });
    child.child.stdin!.end(input);
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
