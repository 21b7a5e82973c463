/**
 * The charts' palette against the page and the card it sits on, in light and dark: marks and
 * lines a reader needs at 3:1 or more, text at 4.5:1 or more (WCAG 2.2, 1.4.11 and 1.4.3), and
 * the two series (accent and blue) apart in lightness too, so they differ without colour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const globalCss = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
const chartsCss = readFileSync(new URL('../../../src/components/charts/charts.css', import.meta.url), 'utf8');

/** Custom properties declared in the first `:root { }` block of `css` after `from`. */
function tokens(css: string, from = 0): Record<string, string> {
  const start = css.indexOf(':root {', from);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const theme = (dark: boolean): Record<string, string> => {
  const at = (css: string) => (dark ? css.indexOf('@media (prefers-color-scheme: dark)') : 0);
  const merged = { ...tokens(globalCss), ...tokens(chartsCss) };
  if (dark) Object.assign(merged, tokens(globalCss, at(globalCss)), tokens(chartsCss, at(chartsCss)));
  return merged;
};

/** A token's colour as #rrggbb, following var() references. */
function colour(t: Record<string, string>, name: string): string {
  let value = t[name];
  for (let i = 0; value?.startsWith('var(') && i < 5; i++) value = t[value.slice(6, -1)];
  if (!value || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`--${name} is not a plain colour: ${value}`);
  return value;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each([
  ['light', false],
  ['dark', true],
])('%s', (_name, dark) => {
  const t = theme(dark);
  const grounds = ['paper', 'paper-raised'];

  test.each(['chart-accent', 'chart-grey', 'chart-blue', 'chart-axis'])(
    '%s marks stand at 3:1 or more on the page and the card',
    (mark) => {
      for (const ground of grounds)
        expect(contrast(colour(t, mark), colour(t, ground)), `${mark} on ${ground}`).toBeGreaterThanOrEqual(3);
    },
  );

  test.each(['ink', 'ink-soft', 'muted'])('%s text stands at 4.5:1 or more on the page and the card', (ink) => {
    for (const ground of grounds)
      expect(contrast(colour(t, ink), colour(t, ground)), `${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  });

  test('the accent and the blue differ in lightness as well as hue', () => {
    expect(Math.abs(luminance(colour(t, 'chart-accent')) - luminance(colour(t, 'chart-blue')))).toBeGreaterThan(0.05);
  });
});
