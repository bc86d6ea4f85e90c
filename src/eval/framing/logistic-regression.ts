/** A logistic regression on standardised features. */
export interface LogisticModel {
  readonly weights: readonly number[];
  readonly bias: number;
  readonly mean: readonly number[];
  readonly scale: readonly number[];
}

/** Solves the symmetric positive-definite system `a x = b` (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * Fits a logistic regression to rows of features `x` and labels `y` by Newton's method (iteratively
 * reweighted least squares) with an L2 penalty on the weights; converges in a few passes for few features.
 */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly boolean[],
  { iterations = 25, l2 = 1 } = {},
): LogisticModel {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, j) => (mean[j]! += v / n));
  for (const row of x) row.forEach((v, j) => (scale[j]! += (v - mean[j]!) ** 2 / n));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  // Column 0 is the intercept (not penalised).
  const z = x.map((row) => [1, ...row.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wj, j) => (j === 0 ? 0 : l2 * wj));
    const hess = w.map((_, i) => w.map((__, j) => (i === j && i > 0 ? l2 : 0)));
    for (let r = 0; r < n; r++) {
      const row = z[r]!;
      let s = 0;
      for (let j = 0; j <= d; j++) s += w[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const err = p - (y[r] ? 1 : 0);
      const weight = p * (1 - p);
      for (let i = 0; i <= d; i++) {
        grad[i]! += err * row[i]!;
        const wi = weight * row[i]!;
        const hi = hess[i]!;
        for (let j = i; j <= d; j++) hi[j]! += wi * row[j]!;
      }
    }
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) hess[i]![j] = hess[j]![i]!;
    const step = solve(hess, grad);
    w = w.map((wj, j) => wj - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return { weights: w.slice(1), bias: w[0]!, mean, scale };
}

/** The model's log-odds for one row of features. */
export function logOdds(model: LogisticModel, row: readonly number[]): number {
  let s = model.bias;
  row.forEach((v, j) => (s += model.weights[j]! * ((v - model.mean[j]!) / model.scale[j]!)));
  return s;
}
