// Webpack loader for the rule files (src/engine/rules/*.ts) in the pane's build: each rule's
// `examples.valid` sentences (text the rule must not flag) become an empty list, and its
// `examples.invalid` ones (text it must flag) are cut to the first.
//
// Why: they exist to test the rules. The engine checks them (checkRules in
// src/engine/scan/ruleSet.ts, run by test/engine/rules.test.ts) in jest, in the command line and in
// `npm run eval`, all on the source. The pane's build reads no example but one: the default playbook
// they are used to build is computed at build time (scripts/defaultPlaybookLoader.js), and the
// Playbook tab previews wording on each rule's first invalid example (catalog.ts), which stays.
// test/browser/bundle.test.ts checks that the built worker holds each rule's first invalid example
// and no other example.
"use strict";

const ts = require("typescript");

module.exports = function ruleExamplesLoader(source) {
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const problems = [];
  const nameOf = (p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null);
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && nameOf(node) === "examples") {
      const init = node.initializer;
      const list = (name) => {
        const p = ts.isObjectLiteralExpression(init) ? init.properties.find((q) => ts.isPropertyAssignment(q) && nameOf(q) === name) : undefined;
        return p && ts.isArrayLiteralExpression(p.initializer) ? p.initializer : undefined;
      };
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const valid = list("valid");
      const invalid = list("invalid");
      if (!valid) problems.push(`line ${line}: examples without a literal \`valid\` list`);
      else cuts.push({ start: valid.getStart(), end: valid.getEnd(), text: "[]" });
      if (!invalid || invalid.elements.length === 0) problems.push(`line ${line}: examples without a literal, non-empty \`invalid\` list`);
      else cuts.push({ start: invalid.getStart(), end: invalid.getEnd(), text: `[${invalid.elements[0].getText(file)}]` });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (problems.length) throw new Error(`ruleExamplesLoader: ${this.resourcePath}: ${problems.join("; ")}`);
  let out = source;
  for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
};
