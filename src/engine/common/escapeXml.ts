/**
 * Text made safe inside XML, in element content and in a quoted attribute alike: the markup
 * characters as entities, and CR, LF and tab as character references (an attribute would
 * otherwise fold them into spaces). The one escape for every XML TermScore writes by hand.
 */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
