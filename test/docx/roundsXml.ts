/** Hand-built WordprocessingML for the round-two tests: plain runs, tracked changes by author, moves. */
import { escapeXml } from "../../src/engine/common/escapeXml";

export const THEM = "Dana Cole";
export const US = "TermScore";
let nextId = 900;

const t = (s: string): string => `<w:t xml:space="preserve">${escapeXml(s)}</w:t>`;
const dt = (s: string): string => `<w:delText xml:space="preserve">${escapeXml(s)}</w:delText>`;
const who = (author: string, date = "2026-11-08T10:00:00Z"): string => `w:id="${nextId++}" w:author="${escapeXml(author)}" w:date="${date}"`;

export const run = (s: string): string => `<w:r>${t(s)}</w:r>`;
export const ins = (s: string, author = THEM, inner?: string): string => `<w:ins ${who(author)}>${inner ?? run(s)}</w:ins>`;
export const del = (s: string, author = THEM): string => `<w:del ${who(author)}><w:r>${dt(s)}</w:r></w:del>`;
/** Their deletion of text we inserted (theirs nested in ours). */
export const insDeleted = (s: string, insAuthor: string, delAuthor: string): string => `<w:ins ${who(insAuthor)}><w:del ${who(delAuthor)}><w:r>${dt(s)}</w:r></w:del></w:ins>`;
export const p = (...runs: string[]): string => `<w:p>${runs.map((r) => (r.startsWith("<") ? r : run(r))).join("")}</w:p>`;
/** A paragraph deleted whole by `author` (text and mark). */
export const deletedP = (s: string, author = THEM): string => `<w:p><w:pPr><w:rPr><w:del ${who(author)}/></w:rPr></w:pPr>${del(s, author)}</w:p>`;
/** A paragraph inserted whole by `author`. */
export const insertedP = (s: string, author = THEM): string => `<w:p><w:pPr><w:rPr><w:ins ${who(author)}/></w:rPr></w:pPr>${ins(s, author)}</w:p>`;
export const moveFromP = (s: string, name: string, author = THEM): string =>
  `<w:p><w:pPr><w:rPr><w:moveFrom ${who(author)}/></w:rPr></w:pPr><w:moveFromRangeStart ${who(author)} w:name="${name}"/><w:moveFrom ${who(author)}><w:r>${dt(s)}</w:r></w:moveFrom><w:moveFromRangeEnd w:id="${nextId - 2}"/></w:p>`;
export const moveToP = (s: string, name: string, author = THEM): string =>
  `<w:p><w:pPr><w:rPr><w:moveTo ${who(author)}/></w:rPr></w:pPr><w:moveToRangeStart ${who(author)} w:name="${name}"/><w:moveTo ${who(author)}>${run(s)}</w:moveTo><w:moveToRangeEnd w:id="${nextId - 2}"/></w:p>`;
export const commented = (id: number, inner: string): string => `<w:commentRangeStart w:id="${id}"/>${inner}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
export const comment = (id: number, text: string, author = THEM): string => `<w:comment w:id="${id}" w:author="${escapeXml(author)}" w:date="2026-11-08T10:05:00Z" w:initials="DC"><w:p>${run(text)}</w:p></w:comment>`;
/** Words moved out of a paragraph (inside it, not the whole paragraph), and where they arrive. */
export const moveFromRun = (s: string, name: string, author = THEM): string => `<w:moveFromRangeStart ${who(author)} w:name="${name}"/><w:moveFrom ${who(author)}><w:r>${dt(s)}</w:r></w:moveFrom><w:moveFromRangeEnd w:id="${nextId - 2}"/>`;
export const moveToRun = (s: string, name: string, author = THEM): string => `<w:moveToRangeStart ${who(author)} w:name="${name}"/><w:moveTo ${who(author)}>${run(s)}</w:moveTo><w:moveToRangeEnd w:id="${nextId - 2}"/>`;
