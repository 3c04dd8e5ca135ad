/*
 * WCAG 2.x contrast, for the browser tests: relative luminance and contrast ratio as the
 * standard defines them (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance), plus the little
 * colour parsing and alpha compositing needed to turn computed styles into the colour a reader
 * actually sees. Written out here rather than taken from a package: it is twenty lines, and the
 * tests must show exactly what they compute.
 */

/** An sRGB colour, channels 0–255, with alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** Text smaller than 18pt (14pt bold) needs 4.5:1 at level AA (1.4.3). */
export const AA_TEXT = 4.5;
/** Graphical objects and parts of controls need 3:1 against adjacent colours (1.4.11). */
export const AA_NON_TEXT = 3;

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of an opaque colour: 0 for black, 1 for white. */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21. */
export function contrastRatio(x: Rgba, y: Rgba): number {
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `top` painted over an opaque `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    a: 1,
  };
}

/** Layers listed innermost first (as found walking up the DOM), painted over white. */
export function flatten(layersInnermostFirst: readonly Rgba[]): Rgba {
  return layersInnermostFirst.reduceRight<Rgba>((below, layer) => over(layer, below), {
    r: 255,
    g: 255,
    b: 255,
    a: 1,
  });
}

const numbers = (text: string): number[] =>
  [...text.matchAll(/-?[\d.]+(?:e-?\d+)?%?/gi)].map((m) =>
    m[0].endsWith("%") ? Number.parseFloat(m[0]) / 100 : Number.parseFloat(m[0]),
  );

const clamp255 = (linear: number): number => {
  const c = Math.min(1, Math.max(0, linear));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** OKLab to sRGB (Björn Ottosson's matrices), as Chrome serialises Tailwind's `bg-x/60`. */
function oklabToRgb(l: number, a: number, b: number, alpha: number): Rgba {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return {
    r: clamp255(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_),
    g: clamp255(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_),
    b: clamp255(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_),
    a: alpha,
  };
}

/**
 * A computed colour as Chrome serialises it: `rgb()`, `rgba()`, `oklab()`, `oklch()` or
 * `color(srgb …)`. Throws on anything else, so a new format fails the test instead of passing
 * as black.
 */
export function parseColor(css: string): Rgba {
  const text = css.trim();
  if (text === "transparent") return { r: 0, g: 0, b: 0, a: 0 };
  const [x = 0, y = 0, z = 0, alpha = 1] = numbers(text.replace(/^[a-z-]+\(\s*(srgb\s)?/i, ""));
  if (/^rgba?\(/i.test(text)) return { r: x, g: y, b: z, a: alpha };
  if (/^color\(\s*srgb\s/i.test(text)) return { r: x * 255, g: y * 255, b: z * 255, a: alpha };
  if (/^oklab\(/i.test(text)) return oklabToRgb(x, y, z, alpha);
  if (/^oklch\(/i.test(text)) {
    const hue = (z * Math.PI) / 180;
    return oklabToRgb(x, y * Math.cos(hue), y * Math.sin(hue), alpha);
  }
  throw new Error(`Unknown colour format: ${css}`);
}
