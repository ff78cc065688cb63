/**
 * The decision log inside a .docx: a custom XML part (customXml/itemN.xml with its properties
 * part, linked from the main document part), as Word itself stores custom XML. The contract's
 * text is never touched: only the log's own parts, one relationship and content types are written.
 */
import type { Document } from "@xmldom/xmldom";
import { DECISION_LOG_NS, isDecisionLog, parseDecisionLog, serializeDecisionLog } from "../engine/compare/decisionLog";
import type { Decision, ParsedLog } from "../engine/compare/decisionLog";
import { hashText } from "../engine/text";
import { DocxError, loadPart, parseXml, readText, relsPathOf, resolveTarget, serializeXml } from "./package";
import type { DocxPackage } from "./package";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CT_CUSTOM_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

export interface StoredLog extends ParsedLog {
  /** Zip path of the part holding the log, when there is one. */
  path?: string;
}

/** Custom XML parts of the package: those the main part links to, then any other customXml/item*.xml. */
async function customXmlPaths(pkg: DocxPackage): Promise<string[]> {
  const out: string[] = [];
  const rels = await loadPart(pkg, relsPathOf(pkg.documentPath));
  const list = rels ? rels.getElementsByTagName("Relationship") : null;
  for (let i = 0; list && i < list.length; i++) {
    const r = list[i];
    if (r.getAttribute("Type") === REL_CUSTOM_XML && r.getAttribute("TargetMode") !== "External") out.push(resolveTarget(pkg.documentPath, r.getAttribute("Target") ?? ""));
  }
  for (const name of pkg.zip.names()) if (/^customXml\/item\d*\.xml$/i.test(name) && !out.includes(name)) out.push(name);
  return out;
}

/** Read the decision log; a document without one has an empty log. Never throws for a bad log. */
export async function readDecisionLog(pkg: DocxPackage): Promise<StoredLog> {
  for (const path of await customXmlPaths(pkg)) {
    let text: string | undefined;
    try {
      text = await readText(pkg, path);
    } catch (e) {
      if (e instanceof DocxError && e.code === "too-large") throw e;
      return { decisions: [], path, rebuild: true, problem: "The decision log stored in this document could not be read (its part is damaged); a new log was started. The contract itself is untouched." };
    }
    if (text === undefined || !isDecisionLog(text)) continue;
    return { ...parseDecisionLog(text), path };
  }
  return { decisions: [], rebuild: false };
}

function ensureDefaultXml(ct: Document): void {
  const defaults = ct.getElementsByTagName("Default");
  for (let i = 0; i < defaults.length; i++) if ((defaults[i].getAttribute("Extension") ?? "").toLowerCase() === "xml") return;
  const d = ct.createElementNS(CT_NS, "Default");
  d.setAttribute("Extension", "xml");
  d.setAttribute("ContentType", "application/xml");
  ct.documentElement!.insertBefore(d, ct.documentElement!.firstChild);
}

/** A GUID for the data-store item, derived from the document (deterministic output for the same input). */
function itemGuid(seed: string): string {
  const h = (hashText(seed) + hashText(`${seed}1`) + hashText(`${seed}2`) + hashText(`${seed}3`)).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-A${h.slice(17, 20)}-${h.slice(20, 32)}}`;
}

/**
 * Write the log into the package (in memory): the existing log part is replaced, or a new custom
 * XML part is added. The caller saves the package (DocxWriter.save() or `pkg.zip.toBytes()`).
 */
export async function writeDecisionLog(pkg: DocxPackage, decisions: readonly Decision[]): Promise<string> {
  const xml = serializeDecisionLog(decisions);
  const existing = (await readDecisionLog(pkg)).path;
  if (existing) {
    pkg.parts.delete(existing);
    pkg.zip.set(existing, xml);
    return existing;
  }
  let n = 1;
  while (pkg.zip.has(`customXml/item${n}.xml`) || pkg.zip.has(`customXml/itemProps${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  pkg.zip.set(item, xml);
  pkg.zip.set(
    props,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${itemGuid(pkg.documentPath + n)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${DECISION_LOG_NS}"/></ds:schemaRefs></ds:datastoreItem>`
  );
  pkg.zip.set(`customXml/_rels/item${n}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_CUSTOM_PROPS}" Target="itemProps${n}.xml"/></Relationships>`);
  // the main part links to the item
  const relsPath = relsPathOf(pkg.documentPath);
  let rels = await loadPart(pkg, relsPath);
  if (!rels) {
    rels = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}"/>`, relsPath);
    pkg.parts.set(relsPath, rels);
  }
  const ids = new Set<string>();
  const list = rels.getElementsByTagName("Relationship");
  for (let i = 0; i < list.length; i++) ids.add(list[i].getAttribute("Id") ?? "");
  let k = 1;
  while (ids.has(`rIdTsLog${k}`)) k++;
  const rel = rels.createElementNS(REL_NS, "Relationship");
  rel.setAttribute("Id", `rIdTsLog${k}`);
  rel.setAttribute("Type", REL_CUSTOM_XML);
  const depth = pkg.documentPath.split("/").length - 1;
  rel.setAttribute("Target", `${"../".repeat(depth)}${item}`);
  rels.documentElement!.appendChild(rel);
  pkg.zip.set(relsPath, serializeXml(rels));
  const ct = await loadPart(pkg, "[Content_Types].xml");
  if (!ct || !ct.documentElement) throw new DocxError("the package has no [Content_Types].xml", "corrupt");
  ensureDefaultXml(ct);
  const override = ct.createElementNS(CT_NS, "Override");
  override.setAttribute("PartName", `/${props}`);
  override.setAttribute("ContentType", CT_CUSTOM_PROPS);
  ct.documentElement.appendChild(override);
  pkg.zip.set("[Content_Types].xml", serializeXml(ct));
  return item;
}
