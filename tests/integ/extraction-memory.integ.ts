// Issue 14, bounded memory: a decompression bomb costs its bytes' verdict, not the process's
// memory. Measured in a child process of its own (bench/extraction-memory.ts, the same run
// `npm run bench` reports), so this process's memory doesn't blur the numbers.
import { describe, expect, it } from 'vitest';
import { benchExtractionMemory } from '../../bench/extraction-memory';

describe('extraction memory', () => {
  it('1 GiB PDF and PPTX bombs fail with FILE_TOO_COMPLEX alone and in a burst; the peak stays under 1 GB and memory returns to its baseline', async () => {
    const r = await benchExtractionMemory(150_000);
    console.info(`extraction memory: ${JSON.stringify(r)}`);
    expect(r.bombPdf.outcome).toBe('FILE_TOO_COMPLEX');
    expect(r.bombPptx.outcome).toBe('FILE_TOO_COMPLEX');
    expect(r.burstBombOutcomes).toEqual(['FILE_TOO_COMPLEX', 'FILE_TOO_COMPLEX']);
    expect(r.burstExtracted).toBe(r.burstDocuments);
    for (const peak of [r.bombPdf.peakRssMb, r.bombPptx.peakRssMb, r.burstPeakRssMb]) expect(peak).toBeLessThan(1024);
    expect(r.afterBurstRssMb - r.baselineRssMb).toBeLessThan(150);
  }, 180_000);
});
