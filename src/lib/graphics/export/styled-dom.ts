/**
 * Computed styles without a browser, for the SVG inside a built page: the cascade of
 * `applicableRules` (`css.ts`) over an htmlparser2 document, limited to what paints an SVG
 * (fill, stroke, fonts, opacity, display…). Values come out resolved: `var()` substituted,
 * `color-mix()` mixed, `currentColor` replaced, font sizes and `em` lengths in px, colours in
 * their plainest form. `standalone-svg.ts` writes them as presentation attributes.
 *
 * Order of precedence, as in a browser: presentation attributes, then style rules by importance,
 * specificity and order, then the `style` attribute. The browser's own `[hidden]` rule holds.
 */
import { parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { compile } from 'css-select';
import {
  compareSpecificity,
  resolveColorMix,
  substituteVars,
  toPx,
  type AppliedRule,
  type Declaration,
  type RenderEnvironment,
} from './css';
import { formatColor, parseColor } from './color';

/** Properties passed from parent to child. */
export const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-miterlimit',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'paint-order',
  'visibility',
  'color',
  'text-transform',
] as const;

/** Properties that apply to one element only. */
export const NOT_INHERITED = ['display', 'opacity', 'vector-effect', 'background-color'] as const;

/** Every property computed. */
export const PROPERTIES: readonly string[] = [...INHERITED, ...NOT_INHERITED];

/** Values before any rule applies (CSS initial values; a 16 px serif, as a browser's default). */
export const INITIAL: Readonly<Record<string, string>> = {
  fill: '#000000',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-opacity': '1',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-dasharray': 'none',
  'stroke-miterlimit': '4',
  'font-family': 'serif',
  'font-size': '16',
  'font-weight': '400',
  'font-style': 'normal',
  'letter-spacing': 'normal',
  'text-anchor': 'start',
  'paint-order': 'normal',
  visibility: 'visible',
  color: '#000000',
  'text-transform': 'none',
  display: 'inline',
  opacity: '1',
  'vector-effect': 'none',
  'background-color': 'transparent',
};

const COLOR_PROPERTIES = new Set(['fill', 'stroke', 'color', 'background-color']);
const LENGTH_PROPERTIES = new Set(['stroke-width', 'letter-spacing']);

/** An element's computed style. */
export interface ComputedStyle {
  /** Every property of `PROPERTIES`, resolved. */
  values: ReadonlyMap<string, string>;
  /** Custom properties in scope (inherited). */
  custom: ReadonlyMap<string, string>;
  /** Font size in px. */
  fontSize: number;
}

/** A parsed page with a cascade over it. */
export class StyledDocument {
  readonly document: Document;
  private readonly rules: { rule: AppliedRule; test: (el: Element) => boolean }[];
  private readonly cache = new Map<Element, ComputedStyle>();

  constructor(
    html: string,
    rules: readonly AppliedRule[],
    private readonly env: RenderEnvironment,
  ) {
    // SVG is case-sensitive (`viewBox`, `clipPath`): keep names as written.
    this.document = parseDocument(html, { lowerCaseAttributeNames: false, lowerCaseTags: false });
    this.rules = rules.flatMap((rule) => {
      try {
        const test = compile<unknown, Element>(rule.selector);
        return [{ rule, test }];
      } catch {
        return []; // a pseudo-class css-select does not know (:hover, ::before): never holds in a still picture
      }
    });
  }

  /** The element's parent element, if any. */
  private parentOf(el: Element): Element | undefined {
    const parent = el.parent;
    return parent && parent.type === 'tag' ? (parent as Element) : undefined;
  }

  /** Declarations that apply to `el`, weakest first. */
  private declarationsFor(el: Element): Declaration[] {
    const attributes: Declaration[] = PROPERTIES.filter((p) => el.attribs[p] !== undefined).map((property) => ({
      property,
      value: el.attribs[property] ?? '',
      important: false,
    }));
    if (el.attribs['hidden'] !== undefined) attributes.push({ property: 'display', value: 'none', important: false });
    const matched = this.rules
      .filter(({ test }) => {
        try {
          return test(el);
        } catch {
          return false;
        }
      })
      .map(({ rule }) => rule)
      .sort((a, b) => compareSpecificity(a.specificity, b.specificity) || a.order - b.order);
    const normal = matched.flatMap((rule) => rule.declarations.filter((d) => !d.important));
    const important = matched.flatMap((rule) => rule.declarations.filter((d) => d.important));
    const inline = (el.attribs['style'] ?? '')
      .split(';')
      .map((part) => part.split(':'))
      .filter((pair) => pair.length >= 2)
      .map(([property = '', ...value]) => ({
        property: property.trim().toLowerCase(),
        value: value.join(':').trim(),
        important: false,
      }));
    return [...attributes, ...normal, ...inline, ...important];
  }

  /** The computed style of `el`. */
  computed(el: Element): ComputedStyle {
    const cached = this.cache.get(el);
    if (cached) return cached;
    const parentElement = this.parentOf(el);
    const parent = parentElement ? this.computed(parentElement) : undefined;
    const declared = new Map<string, string>();
    const custom = new Map(parent?.custom ?? []);
    for (const { property, value } of this.declarationsFor(el)) {
      if (property.startsWith('--')) custom.set(property, value.trim());
      else if (PROPERTIES.includes(property)) declared.set(property, value.trim());
      else if (property === 'background') declared.set('background-color', value.trim()); // a colour, on the site's maps
    }
    // Custom properties may refer to each other: resolve them in this element's scope.
    for (const [name, value] of custom) custom.set(name, substituteVars(value, custom));

    const inheritedValue = (property: string) =>
      parent && (INHERITED as readonly string[]).includes(property)
        ? (parent.values.get(property) ?? INITIAL[property] ?? '')
        : (INITIAL[property] ?? '');
    const raw = (property: string): string => {
      const value = declared.get(property);
      if (value === undefined || value === 'unset' || value === 'revert') return inheritedValue(property);
      if (value === 'inherit') return parent?.values.get(property) ?? INITIAL[property] ?? '';
      if (value === 'initial') return INITIAL[property] ?? '';
      return resolveColorMix(substituteVars(value, custom)).replace(/\s*!important$/, '');
    };

    const parentSize = parent?.fontSize ?? 16;
    const sizeText = raw('font-size');
    const fontSize = declared.has('font-size')
      ? toPx(sizeText, { fontSize: parentSize, viewport: this.env.viewport })
      : parentSize;
    const values = new Map<string, string>();
    const size = Number.isFinite(fontSize) ? fontSize : parentSize;
    const colour = normaliseColor(raw('color'), parent?.values.get('color') ?? '#000000');
    for (const property of PROPERTIES) {
      let value = property === 'font-size' ? String(round(size)) : raw(property);
      if (property === 'color') value = colour;
      else if (COLOR_PROPERTIES.has(property)) value = normaliseColor(value, colour);
      else if (LENGTH_PROPERTIES.has(property) && declared.has(property) && value !== 'normal') {
        const px = toPx(value, { fontSize: size, viewport: this.env.viewport });
        if (Number.isFinite(px)) value = String(round(px));
      } else if (property === 'font-weight') value = fontWeight(value);
      values.set(property, value);
    }
    const style: ComputedStyle = { values, custom, fontSize: size };
    this.cache.set(el, style);
    return style;
  }

  /** Whether `el` is rendered: neither it nor an ancestor has `display: none`. */
  isDisplayed(el: Element): boolean {
    for (let node: Element | undefined = el; node; node = this.parentOf(node)) {
      if (this.computed(node).values.get('display') === 'none') return false;
    }
    return true;
  }
}

/** A number rounded to 0.01. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** `bold` → `700`, `normal` → `400`; numbers as they are. */
function fontWeight(value: string): string {
  if (value === 'bold' || value === 'bolder') return '700';
  if (value === 'normal' || value === 'lighter') return '400';
  return value;
}

/** A colour value in its plainest form; `currentColor` becomes `current`; `none` and urls stay. */
function normaliseColor(value: string, current: string): string {
  const v = value.trim();
  if (/^currentcolor$/i.test(v)) return current;
  const color = parseColor(v);
  return color ? formatColor(color) : v;
}
