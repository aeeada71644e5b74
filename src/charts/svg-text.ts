/** An SVG element as linkedom gives it (only what the text helpers touch). */
export interface SvgElement {
  tagName: string;
  parentNode: SvgElement | null;
  getAttribute(name: string): string | null;
}

/**
 * The value of a presentation attribute on an element or the nearest ancestor that sets it,
 * as an attribute or in a `style` declaration.
 * @param el The element.
 * @param name Attribute name, e.g. "font-weight".
 * @returns The value, or null when nothing sets it.
 * @example inherited(text, "font-size") // "11px"
 */
export function inherited(el: SvgElement, name: string): string | null {
  for (let e: SvgElement | null = el; e && e.getAttribute; e = e.parentNode) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
    const style = e.getAttribute("style");
    const m = style && new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(style);
    if (m) return m[1]!.trim();
  }
  return null;
}

/**
 * Whether text is drawn bold: weight "bold" or 600 and above, the weights that use the bundled
 * bold font.
 * @param el A `<text>` element.
 * @returns True for bold.
 * @example isBold(title) // true for vega's titles (font-weight 700)
 */
export function isBold(el: SvgElement): boolean {
  const weight = inherited(el, "font-weight");
  return weight === "bold" || Number(weight) >= 600;
}
