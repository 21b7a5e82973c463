/**
 * Medians for `npm run bench`: Lighthouse is noisy, so every figure it reports is the median of
 * several runs, taken figure by figure.
 */
import type { LighthouseFigures } from './lighthouse.ts';

/** The median of some numbers: the middle one, the mean of the middle two for an even count, NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The median of each figure over several runs, taken field by field (so it may mix runs). */
export function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (field: keyof LighthouseFigures): number => median(runs.map((run) => run[field]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
  };
}
