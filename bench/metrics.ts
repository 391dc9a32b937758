// Precision, recall and F1 per asset id, counting `present != none` as positive.
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function tally(counts: Counts, expected: boolean, predicted: boolean): void {
  if (expected && predicted) counts.tp++;
  else if (!expected && predicted) counts.fp++;
  else if (expected && !predicted) counts.fn++;
  else counts.tn++;
}

/** With nothing predicted (or nothing to find) the ratio is 1: no false alarm, no miss. */
export function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function sum(all: Counts[]): Counts {
  return all.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), emptyCounts());
}
