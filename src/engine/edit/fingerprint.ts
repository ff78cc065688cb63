/**
 * The fingerprint of a document as a host read it: one algorithm for every host, so that a scan is
 * found stale the same way in Word and in a .docx (a footnote's text counts as a footnote's).
 */
import { fingerprint } from "../text";
import type { Paragraph } from "../types";

export function documentFingerprint(paragraphs: readonly Pick<Paragraph, "text" | "part">[]): string {
  return fingerprint(paragraphs.map((p) => (p.part ? `${p.part}\u0003${p.text}` : p.text)));
}
