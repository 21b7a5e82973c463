/**
 * The drawing of a graphic, lifted out of its built embed page as standalone SVG: the one SVG
 * the page would show at a given width (charts are drawn at several widths, maps in a wide and a
 * portrait frame; the cascade decides, as a browser would), with every style the page's CSS gives
 * it written out as presentation attributes, so that any SVG reader (resvg, Illustrator,
 * Inkscape, a browser) draws it the same. A map's basemap picture (`/maps/<id>.svg`, an `<img>`
 * under the overlay) is read and drawn underneath.
 *
 * Generic on purpose: a new kind of chart needs nothing here, as long as its component draws SVG
 * with `role="img"` inside the graphic's `[data-graphic]` wrapper.
 */
import type { Element, ChildNode } from 'domhandler';
import { applicableRules, resolveColorMix, substituteVars, type RenderEnvironment } from './css';
import { formatColor, parseColor } from './color';
import { INHERITED, INITIAL, StyledDocument, type ComputedStyle } from './styled-dom';

/** A drawing ready to place in a card. */
export interface Drawing {
  /** Natural size in CSS pixels. */
  width: number;
  height: number;
  /** The drawing as an `<svg>` element placed at x, y and scaled to `width` (height follows). */
  place(x: number, y: number, width: number): string;
  /** The legend under a map, as items of a swatch (an `<svg>` at 28 × 16) and a label; empty for charts. */
  legend: { swatch: (x: number, y: number) => string; label: string }[];
  /** A colour token of the page in this theme (`--paper`, `--ink`…), resolved; black if unknown. */
  color(token: string): string;
}

/** What `extractDrawing` needs. */
export interface ExtractInput {
  /** The built embed page. */
  html: string;
  /** Its stylesheets' text, in document order. */
  css: readonly string[];
  /** The theme and the width the drawing is laid out for (its container). */
  theme: 'light' | 'dark';
  width: number;
  /** Reads a file of the built site by its path in the page (`/maps/x.svg`); undefined if missing. */
  readFile: (path: string) => string | undefined;
  /** Font families to rename in the output (`Noto Sans Embed` → `Noto Sans`). */
  fontNames?: Readonly<Record<string, string>>;
}

/** Attributes never copied: classes, styles, scripting and accessibility hooks of the page. */
const DROPPED_ATTRIBUTE = /^(class|style|role|tabindex|focusable|aria-.*|data-.*|loading|decoding|xmlns.*)$/;
/** Elements never copied. */
const DROPPED_ELEMENT = new Set(['title', 'desc', 'script', 'style', 'foreignobject']);
/** Computed properties not written out (used while computing only). */
const NOT_WRITTEN = new Set(['color', 'text-transform', 'display', 'background-color']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Child elements of a node. */
function elements(node: { children?: ChildNode[] }): Element[] {
  return (node.children ?? []).filter((child): child is Element => child.type === 'tag');
}

/** Every element under `root`, depth first. */
function descendants(root: { children?: ChildNode[] }): Element[] {
  return elements(root).flatMap((el) => [el, ...descendants(el)]);
}

/** `viewBox="x y w h"` as numbers. */
function viewBoxOf(value: string | undefined): [number, number, number, number] | undefined {
  const parts = (value ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return parts.length === 4 && parts.every(Number.isFinite) ? (parts as [number, number, number, number]) : undefined;
}

/** Renames font families (`'Noto Sans Embed', system-ui` → `'Noto Sans', system-ui`). */
function fontFamily(value: string, names: Readonly<Record<string, string>>): string {
  return value
    .split(',')
    .map((family) => {
      const bare = family.trim().replace(/^['"]|['"]$/g, '');
      const renamed = names[bare] ?? bare;
      return /\s/.test(renamed) ? `'${renamed}'` : renamed;
    })
    .filter((family, i, all) => all.indexOf(family) === i)
    .join(', ');
}

/** How `serialise` writes an element. */
interface SerialiseOptions {
  names: Readonly<Record<string, string>>;
  /** CSS pixels per user unit where the element is drawn (for `non-scaling-stroke`). */
  scale: number;
  /** Attributes to set on this element (not its children). */
  overrides?: Record<string, string>;
  /** Markup to put first inside this element. */
  prepend?: string;
}

/**
 * Serialises an element with its computed style as attributes. Inherited properties are written
 * where they differ from the parent's; on a root (`parent` undefined) where they differ from
 * their initial values, and its font always, since it will sit inside another document.
 */
function serialise(
  styled: StyledDocument,
  el: Element,
  parent: ComputedStyle | undefined,
  options: SerialiseOptions,
): string {
  const name = el.name;
  if (DROPPED_ELEMENT.has(name.toLowerCase()) || !styled.isDisplayed(el)) return '';
  const style = styled.computed(el);
  const attributes = new Map<string, string>();
  for (const [key, value] of Object.entries(el.attribs)) {
    if (!DROPPED_ATTRIBUTE.test(key) && !(INHERITED as readonly string[]).includes(key)) attributes.set(key, value);
  }
  for (const property of INHERITED) {
    if (NOT_WRITTEN.has(property)) continue;
    const value = style.values.get(property) ?? '';
    const inheritedValue = parent
      ? parent.values.get(property)
      : property === 'font-family'
        ? undefined
        : INITIAL[property];
    if (inheritedValue === value) continue;
    if (property === 'letter-spacing' && value === 'normal') continue;
    if (property === 'paint-order' && value === 'normal') continue;
    attributes.set(property, property === 'font-family' ? fontFamily(value, options.names) : value);
  }
  const opacity = style.values.get('opacity');
  if (opacity && opacity !== '1') attributes.set('opacity', opacity);
  // A hairline that must stay 1.2 CSS px at any scale (`non-scaling-stroke`) becomes a plain stroke
  // at this drawing's scale: not every SVG reader knows vector-effect.
  if (style.values.get('vector-effect') === 'non-scaling-stroke') {
    const width = Number(style.values.get('stroke-width'));
    if (Number.isFinite(width)) attributes.set('stroke-width', String(Math.round((width / options.scale) * 100) / 100));
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) attributes.set(key, value);
  const uppercase = style.values.get('text-transform') === 'uppercase';
  const inner = (el.children ?? [])
    .map((child) => {
      if (child.type === 'text') {
        const text = (child as unknown as { data: string }).data;
        return escapeText(uppercase ? text.toUpperCase() : text);
      }
      if (child.type === 'tag')
        return serialise(styled, child as Element, style, { ...options, overrides: {}, prepend: '' });
      return '';
    })
    .join('');
  const attrs = [...attributes].map(([key, value]) => ` ${key}="${escapeAttr(value)}"`).join('');
  return `<${name}${attrs}>${options.prepend ?? ''}${inner}</${name}>`;
}

/** The basemap picture under a map overlay, drawn in the same box. */
function basemapUnder(
  img: Element,
  input: ExtractInput,
  env: RenderEnvironment,
  names: Readonly<Record<string, string>>,
): ((x: number, y: number, width: number, height: number) => string) | undefined {
  const src = img.attribs['src'] ?? '';
  const [path = '', fragment = ''] = src.split('#');
  const file = input.readFile(path);
  if (!file) throw new Error(`standalone SVG: the basemap picture ${path} is not in the built site`);
  const css = [...file.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const styled = new StyledDocument(file, applicableRules(css, env), env);
  const svg = elements(styled.document).find((el) => el.name === 'svg');
  if (!svg) return undefined;
  const view =
    viewBoxOf(/svgView\(viewBox\(([^)]*)\)/.exec(fragment)?.[1]?.replace(/,/g, ' ')) ??
    viewBoxOf(svg.attribs['viewBox']);
  if (!view) return undefined;
  const root = styled.computed(svg);
  const sea = root.values.get('background-color') ?? 'transparent';
  return (x, y, width, height) =>
    serialise(styled, svg, undefined, {
      names,
      scale: width / view[2],
      overrides: {
        x: String(x),
        y: String(y),
        width: String(width),
        height: String(height),
        viewBox: view.join(' '),
        preserveAspectRatio: 'xMidYMin meet',
      },
      prepend:
        sea === 'transparent'
          ? ''
          : `<rect x="${view[0]}" y="${view[1]}" width="${view[2]}" height="${view[3]}" fill="${sea}"/>`,
    });
}

/** The page's colour tokens in a theme (`--paper`, `--ink`…), resolved, without extracting a drawing. */
export function pageColors(html: string, css: readonly string[], theme: 'light' | 'dark'): (token: string) => string {
  const env: RenderEnvironment = { theme, viewport: 1200, container: 1200 };
  const styled = new StyledDocument(html, applicableRules(css, env), env);
  const root = descendants(styled.document).find((el) => el.name === 'html');
  const custom = root ? styled.computed(root).custom : new Map<string, string>();
  return (token) => {
    const parsed = parseColor(resolveColorMix(substituteVars(`var(${token})`, custom)));
    return parsed ? formatColor(parsed) : '#000000';
  };
}

/**
 * The drawing the embed page `input.html` shows at `input.width`, as standalone SVG. Throws,
 * naming the problem, when the page has no `[data-graphic]` or shows no drawing at that width.
 */
export function extractDrawing(input: ExtractInput): Drawing {
  const env: RenderEnvironment = { theme: input.theme, viewport: input.width + 48, container: input.width };
  const styled = new StyledDocument(input.html, applicableRules(input.css, env), env);
  const all = descendants(styled.document);
  const root = all.find((el) => el.attribs['data-graphic'] !== undefined);
  if (!root) throw new Error('standalone SVG: the page has no [data-graphic] element');
  const id = root.attribs['data-graphic'];
  const svg = descendants(root).find(
    (el) => el.name === 'svg' && el.attribs['role'] === 'img' && styled.isDisplayed(el),
  );
  if (!svg) throw new Error(`standalone SVG: "${id}" shows no <svg role="img"> at ${input.width} px`);
  const names = input.fontNames ?? {};
  const view = viewBoxOf(svg.attribs['viewBox']);
  const widthAttr = Number(svg.attribs['width']);
  const heightAttr = Number(svg.attribs['height']);
  const width = Number.isFinite(widthAttr) && widthAttr > 0 ? widthAttr : input.width;
  const height =
    Number.isFinite(heightAttr) && heightAttr > 0 ? heightAttr : view ? (width * view[3]) / view[2] : width * 0.66;

  const parentElement = svg.parent && svg.parent.type === 'tag' ? (svg.parent as Element) : undefined;
  const img = parentElement
    ? elements(parentElement).find((el) => el.name === 'img' && /\.svg(#|$)/.test(el.attribs['src'] ?? ''))
    : undefined;
  const underlay = img ? basemapUnder(img, input, env, names) : undefined;

  const place = (x: number, y: number, w: number): string => {
    const h = (w * height) / width;
    const scale = view ? w / view[2] : w / width;
    // No parent style: the root carries every inherited property, since it leaves its ancestors.
    const overlay = serialise(styled, svg, undefined, {
      names,
      scale,
      overrides: {
        x: String(x),
        y: String(y),
        width: String(w),
        height: String(Math.round(h * 100) / 100),
        ...(view ? {} : { viewBox: `0 0 ${width} ${height}` }),
        overflow: 'visible',
      },
    });
    return (underlay ? underlay(x, y, w, h) : '') + overlay;
  };

  const legendItems = descendants(root).filter(
    (el) => el.name === 'li' && el.parent && (el.parent as Element).attribs?.['class']?.includes('map-legend'),
  );
  const legend = legendItems.flatMap((li) => {
    const swatch = descendants(li).find((el) => el.name === 'svg');
    const label = descendants(li)
      .filter((el) => el.name === 'span')
      .map((el) =>
        (el.children ?? []).map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join(''),
      )
      .join(' ')
      .trim();
    if (!swatch || !label || !styled.isDisplayed(li)) return [];
    return [
      {
        label,
        swatch: (x: number, y: number) =>
          serialise(styled, swatch, undefined, {
            names,
            scale: 1,
            overrides: { x: String(x), y: String(y), width: '28', height: '16' },
          }),
      },
    ];
  });
  const html = all.find((el) => el.name === 'html');
  const custom = html ? styled.computed(html).custom : new Map<string, string>();
  const color = (token: string): string => {
    const parsed = parseColor(resolveColorMix(substituteVars(`var(${token})`, custom)));
    return parsed ? formatColor(parsed) : '#000000';
  };
  return { width, height, place, legend, color };
}
