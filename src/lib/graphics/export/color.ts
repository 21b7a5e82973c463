/**
 * CSS colours as numbers, for the build step that writes standalone SVG: read the forms the
 * site's built CSS uses (`#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()`, a few names), mix two
 * colours as `color-mix(in oklab, …)` does, and write them back in the plainest form every SVG
 * reader understands (`#rrggbb`, or `rgba()` when translucent).
 */

/** A colour in sRGB, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, Rgba> = {
  white: { r: 255, g: 255, b: 255, a: 1 },
  black: { r: 0, g: 0, b: 0, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
};

/** Reads a colour, or returns undefined for anything else (`none`, `currentColor`, a url…). */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  const named = NAMED[value];
  if (named) return { ...named };
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
  }
  const fn = /^rgba?\((.*)\)$/.exec(value)?.[1];
  if (fn) {
    const parts = fn
      .replace(/\s*\/\s*/, ' / ')
      .split(/[\s,/]+/)
      .filter(Boolean);
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
    const alpha = (p: string | undefined) =>
      p === undefined ? 1 : p.endsWith('%') ? parseFloat(p) / 100 : parseFloat(p);
    const [r, g, b, a] = parts;
    if (r === undefined || g === undefined || b === undefined) return undefined;
    const color = { r: channel(r), g: channel(g), b: channel(b), a: alpha(a) };
    return Object.values(color).every(Number.isFinite) ? color : undefined;
  }
  return undefined;
}

/** The plainest form of a colour: `#rrggbb` when opaque, `rgba(r,g,b,a)` otherwise. */
export function formatColor({ r, g, b, a }: Rgba): string {
  const c = (n: number) => Math.max(0, Math.min(255, Math.round(n)));
  if (a >= 0.999) return `#${[r, g, b].map((n) => c(n).toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${c(r)},${c(g)},${c(b)},${Math.round(a * 1000) / 1000})`;
}

const toLinear = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const toGamma = (v: number) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);

/** sRGB to OKLab (Björn Ottosson's matrices, as CSS Color 4 uses them). */
function toOklab({ r, g, b }: Rgba): [number, number, number] {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function fromOklab([L, A, B]: [number, number, number], a: number): Rgba {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return {
    r: toGamma(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: toGamma(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: toGamma(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
    a,
  };
}

/**
 * `color-mix(in oklab, one p%, two)`: `p` is the share of `one` (0–1). Opaque colours only are
 * mixed exactly; alpha is mixed linearly.
 */
export function mixOklab(one: Rgba, two: Rgba, p: number): Rgba {
  const x = toOklab(one);
  const y = toOklab(two);
  const lerp = (i: 0 | 1 | 2) => x[i] * p + y[i] * (1 - p);
  return fromOklab([lerp(0), lerp(1), lerp(2)], one.a * p + two.a * (1 - p));
}

/** `color-mix(in srgb, one p%, two)`. */
export function mixSrgb(one: Rgba, two: Rgba, p: number): Rgba {
  const lerp = (u: number, v: number) => u * p + v * (1 - p);
  return { r: lerp(one.r, two.r), g: lerp(one.g, two.g), b: lerp(one.b, two.b), a: lerp(one.a, two.a) };
}
