/** Numbers as readers see them: thousands separated by commas (`4,860`). */
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Formats a number for labels and tables: `4860` → `4,860`. */
export function formatNumber(n: number): string {
  return integer.format(n);
}
