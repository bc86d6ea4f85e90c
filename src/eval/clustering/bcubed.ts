/** Clustering scores against gold: B-cubed precision, recall and F1, and pairwise F1. */
export interface ClusterScores {
  readonly bcubedP: number;
  readonly bcubedR: number;
  readonly bcubedF1: number;
  readonly pairF1: number;
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Scores predicted cluster labels against gold labels (same order, one per item). */
export function scoreClusters(predicted: readonly string[], gold: readonly string[]): ClusterScores {
  const joint = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  for (let i = 0; i < predicted.length; i++) {
    const key = `${predicted[i]}\u0000${gold[i]}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    predictedSize.set(predicted[i]!, (predictedSize.get(predicted[i]!) ?? 0) + 1);
    goldSize.set(gold[i]!, (goldSize.get(gold[i]!) ?? 0) + 1);
  }
  // B-cubed sums, per item, the share of its predicted (gold) cluster that shares its gold (predicted) cluster.
  let precision = 0;
  let recall = 0;
  let samePairs = 0;
  for (const [key, n] of joint) {
    const [p, g] = key.split('\u0000') as [string, string];
    precision += (n * n) / predictedSize.get(p)!;
    recall += (n * n) / goldSize.get(g)!;
    samePairs += (n * (n - 1)) / 2;
  }
  const pairs = (sizes: Map<string, number>): number =>
    [...sizes.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const predictedPairs = pairs(predictedSize);
  const goldPairs = pairs(goldSize);
  const count = predicted.length || 1;
  const bcubedP = precision / count;
  const bcubedR = recall / count;
  const pairP = predictedPairs > 0 ? samePairs / predictedPairs : 1;
  const pairR = goldPairs > 0 ? samePairs / goldPairs : 1;
  return { bcubedP, bcubedR, bcubedF1: f1(bcubedP, bcubedR), pairF1: f1(pairP, pairR) };
}
