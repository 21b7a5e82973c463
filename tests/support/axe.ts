/** axe-core runs for the browser tests, with failures printed so a person can act on them. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rule sets we hold every page to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One axe violation, reduced to what the report prints. */
export type AxeViolation = AxeResults['violations'][number];

/**
 * Runs axe with {@link WCAG_TAGS} on the page as it is now and returns its violations.
 * `frames: false` leaves out iframes and the documents inside them (the press room's embeds,
 * which `tests/e2e/embeds.spec.ts` checks on their own, and whose titles are written by one
 * template): axe in eighteen frames costs more time than CI has, and checks the same few pages
 * again and again.
 */
export async function axeViolations(page: Page, { frames = true }: { frames?: boolean } = {}): Promise<AxeViolation[]> {
  const builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS]);
  if (!frames) builder.exclude('iframe');
  const results = await builder.analyze();
  return results.violations;
}

/**
 * A readable report of axe violations: for each rule, its id, impact, help text and link, then
 * every offending element's selector and the first line of axe's advice for it.
 */
export function formatAxeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ');
        const advice = (node.failureSummary ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .slice(0, 2)
          .join(' ');
        return `    - ${target}${advice ? `\n      ${advice}` : ''}`;
      });
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
