/**
 * Names that must never appear on the built site: the real names (or the reports' own
 * pseudonyms) of survivors in the research base, and the seed article's false attribution.
 * The site gives every survivor a pseudonym of its own. Patterns are whole-word and
 * case-sensitive so that, for example, "Hong Kong" or "Lucky South 99" do not match.
 */
export const FORBIDDEN_NAMES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Lu Xiangri', pattern: /\bLu\s+Xiangri\b/ },
  { name: 'Xiangri', pattern: /\bXiangri\b/i },
  { name: 'Kabir Shaikh', pattern: /\bKabir\b|\bShaikh\b/i },
  { name: 'Wang Xing', pattern: /\bWang\s*Xing\b/i },
  { name: 'Lee Wei Hong', pattern: /\bWei\s+Hong\b/i },
  { name: 'Ly Thi Lan', pattern: /\bThi\s+Lan\b/i },
  { name: 'Miracle', pattern: /\bMiracle\b/ },
  { name: 'Ali (IJM)', pattern: /\bAli\b/ },
  { name: '"Lu" (AFP)', pattern: /\bLu\b/ },
  { name: 'Ming Al (seed)', pattern: /\bMing\s+Al\b/ },
  { name: 'Hong (seed)', pattern: /\bHong\b(?!\s+Kong)/ },
  // Not survivors, but the seed's misspellings of sanctioned businessmen: never print them.
  { name: 'Zhu Yimin (misspelling)', pattern: /\bZhu\s+Yimin\b/i },
  { name: 'Shi Zhijiang (misspelling)', pattern: /\bShi\s+Zhijiang\b/i },
];

/** The forbidden names found in a text (empty when clean). */
export function findForbiddenNames(text: string): string[] {
  return FORBIDDEN_NAMES.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}

/** Turns a path or slug into words (`/stories/wang-xing/` → ` stories wang xing `) for checking. */
export function pathToWords(path: string): string {
  return path.replace(/[-_/.]+/g, ' ');
}
