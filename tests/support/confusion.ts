/** Prints a confusion matrix (rows: truth, columns: prediction) for accuracy tests. */
export function printConfusion(title: string, labels: readonly string[], columns: readonly string[], pairs: [string, string][]): void {
  const rows = Object.fromEntries(labels.map((truth) => [truth, Object.fromEntries(columns.map((guess) => [guess, pairs.filter(([t, g]) => t === truth && g === guess).length]))]));
  console.log(`${title} (rows: truth, columns: prediction)`);
  console.table(rows);
}
