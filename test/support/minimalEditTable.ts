/**
 * The one table of minimal edits: which words a tracked change deletes and inserts when the
 * risky words `original` become `replacement`. The engine's `minimalEdit` is tested on it, and
 * both hosts (Word and .docx) write every row and must show exactly these deletions and insertions.
 */
export interface MinimalEditCase {
  original: string;
  replacement: string;
  deleted: string;
  inserted: string;
}

const rows: Array<[string, string, string, string]> = [
  // shared words at either end stay untouched
  ["aggregated data", "aggregated data (limited to this Project)", "", " (limited to this Project)"],
  ["narrow the aggregated data", "narrow the anonymous aggregated data", "", "anonymous "],
  [".", ", provided that no AI is trained.", "", ", provided that no AI is trained"],
  ["for any purpose", "for this purpose", "any", "this"],
  ["for any purpose", "for the Project", "any purpose", "the Project"],
  ["the data.", "the derived data.", "", "derived "],
  ["use, aggregate", "use", ", aggregate", ""],
  // a word is never cut: a longer or shorter word replaces the whole word
  ["for any purpose", "solely for the Project", "for any purpose", "solely for the Project"],
  ["purpose", "purposes", "purpose", "purposes"],
  ["purposes", "uses", "purposes", "uses"],
  // hyphenated compounds and possessives are one word each
  ["non-exclusive licence", "non-transferable licence", "non-exclusive", "non-transferable"],
  ["the Client's data", "the Customer's data", "Client's", "Customer's"],
  ["the Client\u2019s data", "the Client\u2019s own data", "", "own "],
  ["third-party tools", "third party tools", "third-party", "third party"],
];

export const MINIMAL_EDIT_TABLE: MinimalEditCase[] = rows.map(([original, replacement, deleted, inserted]) => ({ original, replacement, deleted, inserted }));
