// Precision per confidence band, for the calibration checks of issue 15: "high" must be right at
// least 95 % of the time. Bands as the badge draws them (file_resource(), migration 0007).

export type Band = 'high' | 'medium' | 'low' | 'unsorted';

/** One decision: how sure the analysis was (null when it left the file unsorted) and whether it was right. */
export type Decision = { confidence: number | null; right: boolean };

export function bandOf(confidence: number | null): Band {
  if (confidence === null) return 'unsorted';
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}

export type BandStats = Record<Band, { files: number; right: number; precision: number | null }>;

export function bandStats(decisions: Decision[]): BandStats {
  const stats = Object.fromEntries((['high', 'medium', 'low', 'unsorted'] as const).map((b) => [b, { files: 0, right: 0, precision: null as number | null }])) as BandStats;
  for (const d of decisions) {
    const s = stats[bandOf(d.confidence)];
    s.files++;
    if (d.right) s.right++;
  }
  for (const s of Object.values(stats)) s.precision = s.files ? s.right / s.files : null;
  return stats;
}

export function printBands(title: string, stats: BandStats): void {
  console.log(`${title}: precision per confidence band`);
  console.table(Object.fromEntries(Object.entries(stats).map(([b, s]) => [b, { files: s.files, right: s.right, precision: s.precision === null ? '–' : `${(s.precision * 100).toFixed(1)} %` }])));
}
