/**
 * Escapes text for XML and HTML content and attribute values.
 * @param s Any text.
 * @returns The text with & < > " ' escaped.
 * @example escapeXml("<b>") // "&lt;b&gt;"
 */
export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}
