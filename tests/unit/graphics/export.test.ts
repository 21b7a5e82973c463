/**
 * The standalone SVG writer: CSS conditions and values as a browser would read them for one
 * rendering, the cascade over a parsed page, and a drawing lifted out of a small embed-like page
 * (the width shown at the container's size, styles written as attributes, a basemap underneath).
 */
import { describe, expect, test } from 'vitest';
import { formatColor, mixOklab, parseColor } from '../../../src/lib/graphics/export/color';
import {
  applicableRules,
  containerHolds,
  mediaHolds,
  resolveColorMix,
  substituteVars,
  toPx,
  type RenderEnvironment,
} from '../../../src/lib/graphics/export/css';
import { StyledDocument } from '../../../src/lib/graphics/export/styled-dom';
import { selectAll as cssSelectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { extractDrawing } from '../../../src/lib/graphics/export/standalone-svg';
import { cardSvg } from '../../../src/lib/graphics/export/card';

const selectAll = (query: string, root: AnyNode): Element[] => cssSelectAll<AnyNode, Element>(query, root);
const light: RenderEnvironment = { theme: 'light', viewport: 748, container: 700 };

describe('colours', () => {
  test('the forms the built CSS writes', () => {
    expect(parseColor('#151514e6')).toEqual({ r: 21, g: 21, b: 20, a: 230 / 255 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgb(255 255 255 / 0.9)')).toEqual({ r: 255, g: 255, b: 255, a: 0.9 });
    expect(parseColor('rgba(0, 0, 0, .35)')).toEqual({ r: 0, g: 0, b: 0, a: 0.35 });
    expect(parseColor('none')).toBeUndefined();
    expect(formatColor({ r: 184, g: 58, b: 11, a: 1 })).toBe('#b83a0b');
    expect(formatColor({ r: 21, g: 21, b: 20, a: 0.9 })).toBe('rgba(21,21,20,0.9)');
  });

  test('oklab mixing: the ends are the colours themselves, the middle is between them', () => {
    const a = parseColor('#5f5a51')!;
    const b = parseColor('#ffffff')!;
    expect(formatColor(mixOklab(a, b, 1))).toBe('#5f5a51');
    expect(formatColor(mixOklab(a, b, 0))).toBe('#ffffff');
    const mid = mixOklab(a, b, 0.72);
    expect(mid.r).toBeGreaterThan(0x5f);
    expect(mid.r).toBeLessThan(0xff);
    expect(resolveColorMix('color-mix(in oklab, #5f5a51 72%, #ffffff)')).toBe(formatColor(mid));
  });
});

describe('conditions', () => {
  test('media queries: width in px and rem, range syntax, colour scheme, print', () => {
    expect(mediaHolds('(width>=48rem)', light)).toBe(false);
    expect(mediaHolds('(min-width: 40rem)', light)).toBe(true);
    expect(mediaHolds('(prefers-color-scheme:dark)', light)).toBe(false);
    expect(mediaHolds('(prefers-color-scheme:dark)', { ...light, theme: 'dark' })).toBe(true);
    expect(mediaHolds('print', light)).toBe(false);
    expect(mediaHolds('screen and (max-width: 800px)', light)).toBe(true);
    expect(mediaHolds('print, (min-width: 1px)', light)).toBe(true);
    expect(mediaHolds('not print', light)).toBe(true);
    expect(mediaHolds('(hover: none), (pointer: coarse)', light)).toBe(false);
  });

  test('container queries on the container width, named or not', () => {
    expect(containerHolds('(width>=700px)', light)).toBe(true);
    expect(containerHolds('(width>=701px)', light)).toBe(false);
    expect(containerHolds('static-map (width>=40rem)', light)).toBe(true);
    expect(containerHolds('static-map (width>=60rem)', light)).toBe(false);
  });
});

describe('values', () => {
  test('var() with fallbacks and nesting, lengths with clamp()', () => {
    const custom = new Map([
      ['--muted', '#5f5a51'],
      ['--bar', 'color-mix(in oklab, var(--muted) 72%, var(--paper, #fff))'],
    ]);
    expect(substituteVars('var(--muted)', custom)).toBe('#5f5a51');
    expect(substituteVars('var(--none, var(--muted))', custom)).toBe('#5f5a51');
    expect(resolveColorMix(substituteVars('var(--bar)', custom))).toMatch(/^#[0-9a-f]{6}$/);
    expect(toPx('clamp(0.84rem, 0.81rem + 0.15vw, 0.92rem)', { fontSize: 16, viewport: 748 })).toBeCloseTo(14.08, 1);
    expect(toPx('0.22em', { fontSize: 20, viewport: 0 })).toBeCloseTo(4.4);
    expect(toPx('22px', { fontSize: 20, viewport: 0 })).toBe(22);
    expect(Number.isNaN(toPx('auto', { fontSize: 20, viewport: 0 }))).toBe(true);
  });
});

describe('the cascade', () => {
  const css = [
    ':root{--ink:#111;--accent:#b83a0b}',
    '@media (prefers-color-scheme:dark){:root{--ink:#eee}}',
    'svg{font-size:14px;fill:var(--ink)}',
    '.bar{fill:#888}',
    '.bar.first{fill:var(--accent)}',
    'text.label[data-x]{font-size:0.5em;stroke-width:0.2em}',
    '.hidden-here{display:none}',
    '#id-wins{fill:#00ff00}',
    '.bar{fill:#999}',
    '.over{fill:var(--ink)}',
  ];
  const html =
    '<html><body><svg viewBox="0 0 10 10"><rect class="bar first"/><rect class="bar"/>' +
    '<rect class="bar" id="id-wins"/><text class="label" data-x>a</text><g class="hidden-here"><rect/></g>' +
    '<rect class="over" fill="#123456"/><rect fill="#123456" style="fill:#654321"/></svg></body></html>';

  test('specificity, order, presentation attributes and the style attribute, as in a browser', () => {
    const doc = new StyledDocument(html, applicableRules(css, light), light);
    const rects: Element[] = selectAll('svg > *', doc.document);
    const fill = (i: number) => doc.computed(rects[i]!).values.get('fill');
    expect(fill(0)).toBe('#b83a0b');
    expect(fill(1), 'the later of two equal rules wins').toBe('#999999');
    expect(fill(2), 'an id beats classes').toBe('#00ff00');
    expect(fill(5), 'a CSS rule beats a presentation attribute').toBe('#111111');
    expect(fill(6), 'the style attribute beats the rules').toBe('#654321');
    const label = doc.computed(rects[3]!);
    expect(label.fontSize).toBe(7);
    expect(label.values.get('stroke-width')).toBe('1.4');
    expect(doc.isDisplayed(selectAll('.hidden-here > rect', doc.document)[0]!)).toBe(false);
  });

  test('the dark theme reads the dark custom properties', () => {
    const dark: RenderEnvironment = { ...light, theme: 'dark' };
    const doc = new StyledDocument(html, applicableRules(css, dark), dark);
    const rects: Element[] = selectAll('svg > *', doc.document);
    expect(doc.computed(rects[1]!).values.get('fill')).toBe('#999999');
    expect(doc.computed(rects[5]!).values.get('fill')).toBe('#eeeeee');
  });
});

describe('extractDrawing', () => {
  // A chart drawn at two widths, as BarChart does, and a map frame with its basemap picture.
  const chartPage =
    '<html><head></head><body><div data-graphic="c"><div class="charts">' +
    '<svg class="w320" width="320" height="100" viewBox="0 0 320 100" role="img"><title>t</title><rect class="bar" width="10" height="10"/></svg>' +
    '<svg class="w700" width="700" height="80" viewBox="0 0 700 80" role="img"><rect class="bar" width="20" height="10"/><text class="label" x="1" y="2">Label</text></svg>' +
    '</div></div></body></html>';
  const chartCss = [
    ':root{--paper:#fbfaf7;--ink:#1d1c1a;--muted:#5f5a51;--rule:#ddd7cc}',
    '.charts{container-type:inline-size}.w320,.w700{display:none}',
    '@container (width>=320px){.w320{display:block}}',
    '@container (width>=700px){.w320{display:none}.w700{display:block}}',
    '.bar{fill:color-mix(in oklab,var(--muted) 72%,var(--paper))}',
    '.label{fill:var(--ink);font-family:"Noto Sans Embed",sans-serif}',
  ];

  test('takes the drawing shown at the width, styles written as attributes, classes and titles dropped', () => {
    const drawing = extractDrawing({
      html: chartPage,
      css: chartCss,
      theme: 'light',
      width: 700,
      readFile: () => undefined,
      fontNames: { 'Noto Sans Embed': 'Noto Sans' },
    });
    expect([drawing.width, drawing.height]).toEqual([700, 80]);
    const svg = drawing.place(24, 100, 700);
    const root = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
    for (const attribute of ['x="24"', 'y="100"', 'width="700"', 'height="80"', 'viewBox="0 0 700 80"'])
      expect(root).toContain(attribute);
    expect(svg).toContain('<rect width="20" height="10" fill="#');
    expect(svg).toContain('font-family="\'Noto Sans\', sans-serif"');
    expect(svg).not.toContain('class=');
    expect(svg).not.toContain('<title>');
    expect(drawing.color('--paper')).toBe('#fbfaf7');
    const narrow = extractDrawing({
      html: chartPage,
      css: chartCss,
      theme: 'light',
      width: 400,
      readFile: () => undefined,
    });
    expect(narrow.width).toBe(320);
  });

  test('a page with no drawing at that width is an error naming the graphic', () => {
    expect(() =>
      extractDrawing({ html: chartPage, css: chartCss, theme: 'light', width: 200, readFile: () => undefined }),
    ).toThrow(/"c" shows no <svg role="img"> at 200 px/);
  });

  test('a map overlay gets its basemap picture underneath, cut to the view in the img fragment', () => {
    const mapPage =
      '<html><body><div data-graphic="m"><div class="frame"><img src="/maps/abc.svg#svgView(viewBox(0,0,1200,800);preserveAspectRatio(none))" alt="">' +
      '<svg viewBox="0 0 1200 800" role="img"><path class="route" d="M0,0L10,10"/></svg></div></div></body></html>';
    const basemap =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-60 -40 1320 880"><style>svg{background:#dce6ec}.l{fill:#efebe3}' +
      '.b{fill:none;stroke:#fff;stroke-width:1.2;vector-effect:non-scaling-stroke}@media (prefers-color-scheme:dark){svg{background:#1a2329}}</style>' +
      '<path class="l" d="M0,0H5V5Z"/><path class="b" d="M1,1H4"/></svg>';
    const read = (path: string) => (path === '/maps/abc.svg' ? basemap : undefined);
    const drawing = extractDrawing({
      html: mapPage,
      css: ['.route{stroke:#b83a0b}'],
      theme: 'light',
      width: 900,
      readFile: read,
    });
    expect([drawing.width, drawing.height]).toEqual([900, 600]);
    const svg = drawing.place(0, 0, 900);
    const basemapRoot = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
    expect(basemapRoot).toContain('viewBox="0 0 1200 800"');
    expect(basemapRoot).toContain('preserveAspectRatio="xMidYMin meet"');
    expect(svg).toContain('fill="#dce6ec"');
    expect(svg).toContain('<path d="M0,0H5V5Z" fill="#efebe3">');
    // 1.2 CSS px at a scale of 900/1200: 1.6 map units.
    expect(svg).toContain('stroke-width="1.6"');
    expect(svg.indexOf('#efebe3')).toBeLessThan(svg.indexOf('stroke="#b83a0b"'));
    const dark = extractDrawing({ html: mapPage, css: [], theme: 'dark', width: 900, readFile: read });
    expect(dark.place(0, 0, 900)).toContain('fill="#1a2329"');
  });

  test('a card holds the title, the drawing and the credit, sized to the drawing', () => {
    const drawing = extractDrawing({
      html: chartPage,
      css: chartCss,
      theme: 'light',
      width: 700,
      readFile: () => undefined,
    });
    const card = cardSvg(drawing, {
      title: 'A finding & its <number>',
      subtitle: 'What is measured',
      alt: 'Alt',
      sources: 'Source: X',
      credit: 'Chart: Site',
      address: 'example.org/charts/c/',
    });
    expect(card.width).toBe(748);
    expect(card.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="748" height="\d+"/);
    expect(card.svg).toContain('<title>A finding &amp; its &lt;number&gt;</title>');
    expect(card.svg).toContain('Chart: Site');
    expect(card.height).toBeGreaterThan(80 + 100);
  });
});
