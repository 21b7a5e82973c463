/** Country names for ISO 3166-1 alpha-2 codes, in English, as readers expect them. */
const names = new Intl.DisplayNames(['en'], { type: 'region' });

/** `KH` → `Cambodia`; `MM` → `Myanmar`. Falls back to the code itself. */
export function countryName(code: string): string {
  if (code === 'MM') return 'Myanmar';
  return names.of(code) ?? code;
}
