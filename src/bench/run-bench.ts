import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench-task.js';
import { BENCH_TASKS } from './tasks.js';

type Row = BenchRow & { task: string };

/**
 * Runs one task in a fresh Node process and returns its rows: a task measured after others in the same process
 * pays for their heap and JIT state (the 100k clustering ran 66 s after the extraction and analysis benches,
 * 46 s alone), and its peak memory would include theirs.
 */
function runApart(name: string, argv: readonly string[]): Row[] {
  // Only called without --only (several tasks), so argv carries just --quick and --data on to the child.
  const output = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      fileURLToPath(import.meta.url),
      ...argv.filter((a) => a !== '--json'),
      '--only',
      name,
      '--json',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  return JSON.parse(output) as Row[];
}

/** `npm run bench [-- --quick] [-- --only NAME] [-- --json]`: every benchmark in one run (each task in its own process), as a table or JSON. */
async function runBench(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const dataIndex = argv.indexOf('--data');
  const dataDir = resolve(dataIndex >= 0 ? argv[dataIndex + 1]! : '../shared/data');
  const rows: Row[] = [];
  const tasks = BENCH_TASKS.filter((t) => !only || t.name === only);
  if (only && tasks.length === 0)
    throw new Error(`no benchmark named "${only}" (${BENCH_TASKS.map((t) => t.name).join(', ')})`);
  for (const task of tasks) {
    if (tasks.length > 1) {
      rows.push(...runApart(task.name, argv));
      continue;
    }
    process.stderr.write(`bench ${task.name}...\n`);
    for (const row of await task.run({
      dataDir,
      quick,
      onProgress: (m) => process.stderr.write(`  ${m}\n`),
    })) {
      rows.push({ task: task.name, ...row });
    }
  }
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  for (const row of rows) {
    const figures = Object.entries(row.figures)
      .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(2)}`)
      .join('  ');
    process.stdout.write(
      `${row.task.padEnd(12)} ${row.workload.padEnd(28)} ${row.system.padEnd(22)} ${figures}\n`,
    );
  }
}

try {
  await runBench(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
