// Webpack loader for the rule files (src/engine/rules/*.ts) in the pane's build: each rule's
// `examples.valid` sentences (text the rule must not flag) become an empty list.
//
// Why: they exist to test the rules. The engine checks them when the rules load (checkRules in
// src/engine/scan/ruleSet.ts), and that check runs in jest, in the command line and in
// `npm run eval`, all on the source. In the pane's worker they were about 2 KB gzipped of text that
// only re-ran those tests at every start. The `invalid` examples stay: the default playbook is
// built from them (src/engine/playbook/defaults.ts) and the Playbook tab previews wording on the
// first (catalog.ts), and the worker still checks, at load, that every rule flags them.
// test/browser/bundle.test.ts checks that the built worker holds every invalid example and no valid one.
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
      const valid = ts.isObjectLiteralExpression(init) ? init.properties.find((p) => ts.isPropertyAssignment(p) && nameOf(p) === "valid") : undefined;
      if (!valid) problems.push(`line ${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: examples without a literal \`valid\` list`);
      else cuts.push({ start: valid.initializer.getStart(), end: valid.initializer.getEnd() });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (problems.length) throw new Error(`ruleExamplesLoader: ${this.resourcePath}: ${problems.join("; ")}`);
  let out = source;
  for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + "[]" + out.slice(c.end);
  return out;
};
