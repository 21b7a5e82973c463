/**
 * The embed's theme switch (`src/scripts/embed/theme-inline.js`), run against fake stylesheets:
 * `?theme=dark` makes every dark-scheme media rule hold and every light one fail, `?theme=light`
 * the reverse, nested rules included; no parameter (or `auto`) changes nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const code = readFileSync('src/scripts/embed/theme-inline.js', 'utf8');

interface FakeRule {
  media?: { mediaText: string };
  cssRules?: FakeRule[];
}

function run(search: string, sheets: (FakeRule[] | 'cross-origin')[]) {
  const attributes: Record<string, string> = {};
  const style: Record<string, string> = {};
  const document = {
    documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v), style },
    styleSheets: sheets.map((rules) =>
      rules === 'cross-origin'
        ? Object.defineProperty({}, 'cssRules', {
            get() {
              throw new Error('SecurityError');
            },
          })
        : { cssRules: rules },
    ),
  };
  new Function('document', 'location', code)(document, { search });
  return { attributes, style };
}

const media = (mediaText: string, cssRules: FakeRule[] = []): FakeRule => ({ media: { mediaText }, cssRules });

describe('theme-inline.js', () => {
  test('?theme=dark: dark rules always hold, light rules never', () => {
    const dark = media('(prefers-color-scheme: dark)');
    const light = media('(prefers-color-scheme:light)');
    const both = media('(prefers-color-scheme: dark) and (min-width: 40rem)');
    const nested = media('(prefers-color-scheme: dark)');
    const other = media('(min-width: 40rem)');
    const { attributes, style } = run('?initialWidth=640&theme=dark&childId=x', [
      [dark, light, both, { cssRules: [nested] }, other],
      'cross-origin',
    ]);
    expect(dark.media?.mediaText).toBe('(min-width: 0px)');
    expect(light.media?.mediaText).toBe('(max-width: 0.001px)');
    expect(both.media?.mediaText).toBe('(min-width: 0px) and (min-width: 40rem)');
    expect(nested.media?.mediaText).toBe('(min-width: 0px)');
    expect(other.media?.mediaText).toBe('(min-width: 40rem)');
    expect(attributes['data-theme']).toBe('dark');
    expect(style['colorScheme']).toBe('dark');
  });

  test('?theme=light: the reverse', () => {
    const dark = media('(prefers-color-scheme: dark)');
    run('?theme=light', [[dark]]);
    expect(dark.media?.mediaText).toBe('(max-width: 0.001px)');
  });

  test('no theme, auto or an unknown value: nothing changes', () => {
    for (const search of ['', '?theme=auto', '?theme=blue', '?theme=darker', '?xtheme=dark']) {
      const dark = media('(prefers-color-scheme: dark)');
      const { attributes } = run(search, [[dark]]);
      expect(dark.media?.mediaText, search).toBe('(prefers-color-scheme: dark)');
      expect(attributes['data-theme'], search).toBeUndefined();
    }
  });
});
