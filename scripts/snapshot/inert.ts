// The build's first screen is a picture of the page until the page's own
// render replaces it (firstScreenHtml.ts).

/**
 * Its controls are disabled (and the whole of it inert, index.html): until
 * the page's own render replaces it, nothing on it would answer a press. A
 * test driving the page waits for the live control instead of pressing the
 * picture of one.
 */
export function inert(html: string): string {
  return html.replace(/<(button|select|input|textarea)\b/g, '<$1 disabled=""');
}
