// The build's chart pictures with their coordinates to a tenth of a pixel.
// ECharts writes up to four decimals (`translate(237.3475 320)`): in the
// first screen's JavaScript, which carries the root overview's pictures in
// both languages and funds, those digits were ~10 KB of its 250 KB gzip
// budget, for detail no screen shows (a picture stands in for a moment, until
// ECharts draws, scaled by its viewBox). Only geometry is touched: a label's
// text (`5.96个月`, `99.70%`) is what the page says and stays as it is, and a
// matrix's rotation and scale keep three places (a tenth would turn a 35°
// label by two degrees).

/** Attributes that hold coordinates or lengths. */
const GEOMETRY = /(\s(?:d|points|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height)=")([^"]*)(")/g;
const TRANSFORM = /(\stransform=")([^"]*)(")/g;
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** `value` rounded to `places`, without trailing zeros or a negative zero. */
function rounded(value: string, places: number): string {
  const text = Number(value).toFixed(places).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

const roundAll = (text: string, places: number): string => text.replace(NUMBER, (n) => rounded(n, places));

/** `matrix(a,b,c,d,e,f)`: rotation and scale (a–d) to three places, the translation (e, f) to one; other transforms to one. */
function compactTransform(value: string): string {
  return value.replace(/(\w+)\(([^)]*)\)/g, (_, name: string, args: string) => {
    if (name !== 'matrix') return `${name}(${roundAll(args, name === 'scale' ? 3 : 1)})`;
    let index = 0;
    return `matrix(${args.replace(NUMBER, (n) => rounded(n, index++ < 4 ? 3 : 1))})`;
  });
}

export function compactSvg(svg: string): string {
  return svg
    .replace(GEOMETRY, (_, open: string, value: string, close: string) => `${open}${roundAll(value, 1)}${close}`)
    .replace(TRANSFORM, (_, open: string, value: string, close: string) => `${open}${compactTransform(value)}${close}`);
}
