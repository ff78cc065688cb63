// ESLint 9 flat config. eslint-plugin-office-addins' own flat configs leave the parser unset
// and skip .tsx, so its rules are wired here by hand for .ts and .tsx.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]));

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "dist-local/**", "lib/**", "coverage/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Word: "readonly", OfficeExtension: "readonly" },
    },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeRules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The house rules on imports: which room may use which (README "Layout").
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/host", "**/host/**", "**/word", "**/word/**", "**/docx", "**/docx/**", "**/taskpane/**", "**/cli/**"], message: "The engine is pure: it imports no host, no UI and no CLI." },
            { group: ["react", "react-*", "@fluentui/*", "jszip", "@xmldom/*"], message: "The engine is pure: no UI or file-format libraries." },
            { group: ["node:*", "fs", "path", "os", "child_process", "util", "url", "crypto", "stream"], message: "The engine is pure: no Node built-ins (it runs in the pane too)." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Office", message: "Office.js only under src/word/." }, { name: "Word", message: "Office.js only under src/word/." }, { name: "document", message: "The engine has no DOM." }, { name: "window", message: "The engine has no DOM." }],
    },
  },
  {
    files: ["src/docx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/word", "**/word/**", "**/taskpane/**", "**/cli/**", "react", "@fluentui/*"], message: "The .docx host imports no Word code, no pane and no CLI." }] },
      ],
      "no-restricted-globals": ["error", { name: "Office", message: "Office.js only under src/word/." }, { name: "Word", message: "Office.js only under src/word/." }],
    },
  },
  {
    // The pane reaches Word only through src/word/ (the host, startOffice, officeThemeBackground).
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    rules: {
      "no-restricted-globals": ["error", { name: "Office", message: "Office.js only under src/word/: the pane calls the Word layer." }, { name: "Word", message: "Office.js only under src/word/: the pane calls the Word layer." }],
    },
  },
  {
    files: ["src/word/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/docx", "**/docx/**", "**/taskpane/**", "**/cli/**", "react", "@fluentui/*", "node:*", "fs", "path"], message: "The Word host imports no .docx code, no pane, no CLI and no Node." }] },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/word", "**/word/**", "**/taskpane/**", "react", "@fluentui/*"], message: "The CLI imports no pane and no Word code." }] },
      ],
      "no-restricted-globals": ["error", { name: "Office", message: "Office.js only under src/word/." }, { name: "Word", message: "Office.js only under src/word/." }],
    },
  },
  {
    // file formats read as paragraphs (.txt, .md): bytes in, paragraphs out, for every room that reads files
    files: ["src/formats/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/word", "**/word/**", "**/docx", "**/docx/**", "**/taskpane/**", "**/cli/**", "**/host", "**/host/**", "react", "@fluentui/*"], message: "A format reader depends on the engine's types only." },
            { group: ["node:*", "fs", "path", "os", "child_process", "util", "url", "crypto", "stream"], message: "A format reader runs in the pane too: no Node built-ins." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Office", message: "Office.js only under src/word/." }, { name: "Word", message: "Office.js only under src/word/." }, { name: "Buffer", message: "A format reader runs in the pane too: no Node Buffer." }],
    },
  },
  {
    files: ["src/host/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/word", "**/word/**", "**/docx", "**/docx/**", "**/taskpane/**", "**/cli/**", "react", "@fluentui/*"], message: "The host contract depends on the engine's types only." }] },
      ],
    },
  },
  {
    // Benchmarks share fakes, generators and the .docx builder with the tests only through test/support.
    files: ["bench/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/test/**", "!**/test/support", "!**/test/support/**"], message: "bench/ imports no test internals: shared fakes, generators and builders live in test/support/." }] },
      ],
    },
  },
  {
    // One error → message function (issue 14): errorMessage() in src/engine/common/errorMessage.ts.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ConditionalExpression[test.operator='instanceof'][test.right.name='Error'][consequent.property.name='message']", message: "Use errorMessage() (src/engine/common/errorMessage.ts) for an error's message." },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module" },
  }
);
