import { resolve } from 'node:path';
import type { BenchRow } from './bench-task.js';
import { BENCH_TASKS } from './tasks.js';

/** `npm run bench [-- --quick] [-- --only NAME] [-- --json]`: every benchmark in one run, as a table and JSON. */
async function runBench(argv: readonly string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const dataIndex = argv.indexOf('--data');
  const dataDir = resolve(dataIndex >= 0 ? argv[dataIndex + 1]! : '../shared/data');
  const rows: (BenchRow & { task: string })[] = [];
  for (const task of BENCH_TASKS.filter((t) => !only || t.name === only)) {
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

await runBench(process.argv.slice(2));
