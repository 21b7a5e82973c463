/**
 * Just enough of CSS to render a built page's graphic without a browser: the style rules that
 * apply for one rendering (a theme, a window width, a container width), in cascade order, and
 * the values functions the site's CSS uses (`var()`, `color-mix()`, `clamp()`, `calc()` on
 * lengths). The standalone SVG writer (`standalone-svg.ts`) matches these rules to elements.
 *
 * Conditions understood: media types (`all`, `screen` hold; `print` does not), `min-width`,
 * `max-width` and range forms (`width >= 40rem`), `prefers-color-scheme`,
 * `prefers-reduced-motion` (the picture is still: `reduce` holds), `hover`/`pointer` (a desktop),
 * `forced-colors` (off); `@container` conditions on width, whatever the container's name (one
 * width for every container: the drawing's). Anything else does not hold.
 */
import postcss, { type AtRule, type ChildNode, type Rule } from 'postcss';
import { parse as parseSelector, type Selector } from 'css-what';
import { formatColor, mixOklab, mixSrgb, parseColor } from './color';

/** What a rendering looks like to the CSS. */
export interface RenderEnvironment {
  theme: 'light' | 'dark';
  /** Window width in CSS pixels (media queries, `vw`). */
  viewport: number;
  /** Width of every query container in CSS pixels (`@container`). */
  container: number;
}

/** One declaration of a rule. */
export interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

/** A style rule that applies in the rendering: one selector, its specificity and its place. */
export interface AppliedRule {
  selector: string;
  /** [ids, classes/attributes/pseudo-classes, types/pseudo-elements]. */
  specificity: [number, number, number];
  /** Position in the cascade (later wins among equals). */
  order: number;
  declarations: Declaration[];
}

/** The root font size, in CSS pixels (`rem`, and `em` in media queries). */
export const ROOT_FONT_SIZE = 16;

/** A length in a condition (`40rem`, `700px`) in CSS pixels. */
function conditionLength(text: string): number {
  const match = /^(-?[\d.]+)(px|rem|em)?$/.exec(text.trim());
  if (!match) return NaN;
  const n = Number(match[1]);
  return match[2] === 'rem' || match[2] === 'em' ? n * ROOT_FONT_SIZE : n;
}

/** Compares `width` with a length by a range operator. */
function compare(width: number, op: string, length: number): boolean {
  switch (op) {
    case '>=':
      return width >= length;
    case '>':
      return width > length;
    case '<=':
      return width <= length;
    case '<':
      return width < length;
    case '=':
      return width === length;
    default:
      return false;
  }
}

/** Whether one parenthesised feature holds (`(min-width:40rem)`, `(width>=700px)`, `(prefers-color-scheme:dark)`). */
function feature(text: string, width: number, env: RenderEnvironment): boolean {
  const inner = text
    .trim()
    .replace(/^\(|\)$/g, '')
    .trim();
  const range = /^width\s*(>=|<=|>|<|=)\s*(\S+)$/.exec(inner);
  if (range) return compare(width, range[1] ?? '', conditionLength(range[2] ?? ''));
  const reversed = /^(\S+)\s*(>=|<=|>|<)\s*width$/.exec(inner);
  if (reversed) {
    const flip: Record<string, string> = { '>=': '<=', '<=': '>=', '>': '<', '<': '>' };
    return compare(width, flip[reversed[2] ?? ''] ?? '', conditionLength(reversed[1] ?? ''));
  }
  const [name = '', value = ''] = inner.split(':').map((part) => part.trim());
  switch (name) {
    case 'min-width':
      return width >= conditionLength(value);
    case 'max-width':
      return width <= conditionLength(value);
    case 'prefers-color-scheme':
      return value === env.theme;
    case 'prefers-reduced-motion':
      return value === 'reduce';
    case 'hover':
      return value === 'hover';
    case 'pointer':
    case 'any-pointer':
      return value === 'fine';
    case 'forced-colors':
      return value === 'none';
    default:
      return false;
  }
}

/** Whether one query of a comma-separated list holds: `[not|only] [type] [and (feature)]…`. */
function query(text: string, width: number, env: RenderEnvironment): boolean {
  let rest = text.trim().toLowerCase();
  let negate = false;
  if (rest.startsWith('not ')) {
    negate = true;
    rest = rest.slice(4).trim();
  } else if (rest.startsWith('only ')) {
    rest = rest.slice(5).trim();
  }
  const parts = rest.split(/\s+and\s+/);
  const result = parts.every((part) => {
    const p = part.trim();
    if (p === 'all' || p === 'screen') return true;
    if (p === 'print' || p === 'speech') return false;
    if (p.startsWith('not (')) return !feature(p.slice(4), width, env);
    if (p.startsWith('(')) return feature(p, width, env);
    return false;
  });
  return negate ? !result : result;
}

/** Whether an `@media` condition holds in the rendering. */
export function mediaHolds(params: string, env: RenderEnvironment): boolean {
  return params.split(',').some((q) => query(q, env.viewport, env));
}

/** Whether an `@container` condition holds (its name, if any, is ignored). */
export function containerHolds(params: string, env: RenderEnvironment): boolean {
  const condition = params.trim().replace(/^(?!not\b)[a-z][\w-]*\s+(?=\(|not\b)/i, '');
  return query(condition, env.container, env);
}

/** Specificity of a parsed selector (`:where()` counts nothing, `:not()`/`:is()` their argument). */
function specificityOf(tokens: Selector[]): [number, number, number] {
  const total: [number, number, number] = [0, 0, 0];
  for (const token of tokens) {
    if (token.type === 'attribute') {
      if (token.name === 'id' && token.action === 'equals') total[0]++;
      else total[1]++;
    } else if (token.type === 'tag') total[2]++;
    else if (token.type === 'pseudo-element') total[2]++;
    else if (token.type === 'pseudo') {
      if (token.name === 'where') continue;
      if (Array.isArray(token.data)) {
        const inner = token.data.map(specificityOf);
        const max = inner.reduce((a, b) => (compareSpecificity(a, b) >= 0 ? a : b), [0, 0, 0]);
        total[0] += max[0];
        total[1] += max[1];
        total[2] += max[2];
      } else total[1]++;
    }
  }
  return total;
}

/** Orders two specificities (negative: `a` is weaker). */
export function compareSpecificity(a: readonly number[], b: readonly number[]): number {
  return (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
}

/**
 * The style rules of `sheets` (CSS texts, in document order) that apply in the rendering `env`,
 * one entry per selector of each rule, in cascade order. `@font-face`, `@keyframes` and other
 * non-style at-rules are skipped; `@layer` and `@supports` blocks are read as if unconditional.
 */
export function applicableRules(sheets: readonly string[], env: RenderEnvironment): AppliedRule[] {
  const rules: AppliedRule[] = [];
  let order = 0;
  const visit = (nodes: ChildNode[] | undefined): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'rule') addRule(node);
      else if (node.type === 'atrule') {
        const at = node as AtRule;
        const name = at.name.toLowerCase();
        if (name === 'media' && !mediaHolds(at.params, env)) continue;
        if (name === 'container' && !containerHolds(at.params, env)) continue;
        if (['media', 'container', 'layer', 'supports'].includes(name)) visit(at.nodes);
      }
    }
  };
  const addRule = (rule: Rule): void => {
    const declarations: Declaration[] = [];
    rule.each((child) => {
      if (child.type === 'decl')
        declarations.push({
          property: child.prop.toLowerCase(),
          value: child.value,
          important: child.important === true,
        });
    });
    if (declarations.length === 0) return;
    let parsed: Selector[][];
    try {
      parsed = parseSelector(rule.selector);
    } catch {
      return;
    }
    rule.selectors.forEach((selector, i) => {
      rules.push({ selector, specificity: specificityOf(parsed[i] ?? []), order: order++, declarations });
    });
  };
  for (const sheet of sheets) visit(postcss.parse(sheet).nodes);
  return rules;
}

/** Custom properties in scope for a value: name (`--paper`) to raw value. */
export type CustomProperties = ReadonlyMap<string, string>;

/** Index of the parenthesis closing the one opened at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a function's arguments at top-level commas. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args;
}

/** Replaces every `var(--x, fallback)` with its value, recursively; unknown without fallback gives ''. */
export function substituteVars(value: string, custom: CustomProperties, depth = 0): string {
  if (depth > 20) return value;
  const start = value.indexOf('var(');
  if (start === -1) return value;
  const end = closing(value, start + 3);
  if (end === -1) return value;
  const [name = '', ...fallback] = splitArgs(value.slice(start + 4, end));
  const found = custom.get(name.trim());
  const replacement = found !== undefined ? found : fallback.join(',');
  const resolved = substituteVars(replacement, custom, depth + 1);
  return substituteVars(value.slice(0, start) + resolved + value.slice(end + 1), custom, depth + 1);
}

/** Evaluates `color-mix()` calls in a value (after `var()` substitution). */
export function resolveColorMix(value: string): string {
  const start = value.indexOf('color-mix(');
  if (start === -1) return value;
  const end = closing(value, start + 9);
  if (end === -1) return value;
  const [space = '', one = '', two = ''] = splitArgs(value.slice(start + 10, end));
  const part = (text: string) => {
    const match = /^(.*?)\s+([\d.]+)%$/.exec(resolveColorMix(text).trim());
    return match ? { color: parseColor(match[1] ?? ''), share: Number(match[2]) / 100 } : { color: parseColor(text) };
  };
  const a = part(one);
  const b = part(two);
  let mixed = '';
  if (a.color && b.color) {
    const p = a.share ?? (b.share !== undefined ? 1 - b.share : 0.5);
    const mix = /srgb/.test(space) ? mixSrgb : mixOklab;
    mixed = formatColor(mix(a.color, b.color, p));
  }
  return resolveColorMix(value.slice(0, start) + mixed + value.slice(end + 1));
}

/** Lengths in context: what `em` and `vw` are worth. */
export interface LengthContext {
  /** The element's font size in px (for `em`). */
  fontSize: number;
  viewport: number;
}

/** A length or a sum of lengths (`0.81rem + 0.15vw`, `22px`, `0.8em`, `12`) in px; NaN if not one. */
function sumLengths(text: string, ctx: LengthContext): number {
  const terms = text.replace(/\s+-\s+/g, ' + -').split(/\s+\+\s+/);
  let total = 0;
  for (const term of terms) {
    const match = /^(-?[\d.]+)(px|rem|em|vw|%)?$/.exec(term.trim());
    if (!match) return NaN;
    const n = Number(match[1]);
    const unit = match[2] ?? '';
    total +=
      unit === 'rem'
        ? n * ROOT_FONT_SIZE
        : unit === 'em'
          ? n * ctx.fontSize
          : unit === 'vw'
            ? (n * ctx.viewport) / 100
            : unit === '%'
              ? (n * ctx.fontSize) / 100
              : n;
  }
  return total;
}

/**
 * A length value in px: `22px`, `0.8em`, `1.2`, `clamp(0.84rem, 0.81rem + 0.15vw, 0.92rem)`,
 * `calc(…)`, `min()`/`max()`. NaN when it is not a length.
 */
export function toPx(value: string, ctx: LengthContext): number {
  const text = value.trim();
  const fn = /^(clamp|min|max|calc)\((.*)\)$/.exec(text);
  if (!fn) return sumLengths(text, ctx);
  const args = splitArgs(fn[2] ?? '').map((arg) => toPx(arg, ctx));
  if (args.some(Number.isNaN)) return NaN;
  switch (fn[1]) {
    case 'clamp':
      return Math.min(Math.max(args[0] ?? 0, args[1] ?? 0), args[2] ?? 0);
    case 'min':
      return Math.min(...args);
    case 'max':
      return Math.max(...args);
    default:
      return args[0] ?? NaN;
  }
}
