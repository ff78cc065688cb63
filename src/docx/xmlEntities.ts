/**
 * Stands in for @xmldom/xmldom's `lib/entities.js` in the pane's webpack build (webpack.config.js):
 * the .docx reader parses only XML ("application/xml", see parseXml in package.ts), which knows
 * five predefined entities; xmldom's table of 2,000+ HTML entities (about 10 KB gzipped) is never
 * used. Node (the CLI and the tests) loads xmldom's own file.
 */
export const XML_ENTITIES: Readonly<Record<string, string>> = Object.freeze({ amp: "&", apos: "'", gt: ">", lt: "<", quot: '"' });

/** Only for HTML parsing, which this build never does: the XML five, not the HTML table. */
export const HTML_ENTITIES = XML_ENTITIES;
export const entityMap = HTML_ENTITIES;
