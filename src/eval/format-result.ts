import type { EvalResult } from './eval-task.js';

const cell = (value: unknown): string =>
  typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : '';

/** An evaluation result as a readable table: one row per dataset and system, one column per metric. */
export function formatEvalResult(result: EvalResult): string {
  const lines = [`${result.task} (split: ${result.split})`];
  for (const [dataset, systems] of Object.entries(result.datasets)) {
    const metrics = [
      ...new Set(
        Object.values(systems).flatMap((m) => Object.keys(m).filter((k) => typeof m[k] === 'number')),
      ),
    ];
    lines.push(
      '',
      `  ${dataset}`,
      `    ${'system'.padEnd(24)}${metrics.map((m) => m.padStart(Math.max(10, m.length + 2))).join('')}`,
    );
    for (const [system, values] of Object.entries(systems)) {
      lines.push(
        `    ${system.padEnd(24)}${metrics.map((m) => cell(values[m]).padStart(Math.max(10, m.length + 2))).join('')}`,
      );
    }
  }
  for (const note of result.notes ?? []) lines.push(`  note: ${note}`);
  return `${lines.join('\n')}\n`;
}
