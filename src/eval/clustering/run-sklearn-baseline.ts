import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SYSTEM_PYTHON } from './ensure-sklearn.js';
import type { ClusterGroup } from './load-datasets.js';

/** The Python script, kept in the source tree beside this file's source. */
const SCRIPT = fileURLToPath(new URL('../../../src/eval/clustering/sklearn_baseline.py', import.meta.url));

/** The baseline's answer for one dataset: its dev-tuned threshold and a label per article per eval group. */
export interface BaselineAnswer {
  readonly threshold: number;
  readonly devF1: number;
  readonly labels: readonly (readonly number[])[];
}

/** Runs the scikit-learn baseline on every dataset (dev groups to tune, eval groups to score), via stdin/stdout. */
export async function runSklearnBaseline(
  datasets: Record<string, { dev: readonly ClusterGroup[]; eval: readonly ClusterGroup[] }>,
): Promise<Record<string, BaselineAnswer>> {
  const strip = (groups: readonly ClusterGroup[]): unknown =>
    groups.map((g) => g.articles.map((a) => ({ text: a.text, title: a.title ?? '', gold: a.gold })));
  const request = {
    datasets: Object.fromEntries(
      Object.entries(datasets).map(([name, d]) => [name, { dev: strip(d.dev), eval: strip(d.eval) }]),
    ),
  };
  const child = spawn(SYSTEM_PYTHON, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(JSON.stringify(request));
  const code = await done;
  if (code !== 0) {
    throw new Error(`${SCRIPT} exited ${code}: ${Buffer.concat(err).toString('utf8').trim().slice(-500)}`);
  }
  const answer = JSON.parse(Buffer.concat(out).toString('utf8')) as {
    datasets: Record<string, BaselineAnswer>;
  };
  return answer.datasets;
}
