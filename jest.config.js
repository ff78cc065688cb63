const { paneThemes } = require("./scripts/paneThemes");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", esModuleInterop: true, module: "commonjs", target: "ES2020", strict: true, skipLibCheck: true, resolveJsonModule: true, types: ["office-js", "jest", "node"] }, diagnostics: { ignoreCodes: [151001] } }],
  },
  moduleNameMapper: {
    // office-addin-mock 4 under jest 30
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // the pane's themes, as webpack.config.js defines them for the build (src/taskpane/theme.ts)
  globals: { __TERMSCORE_THEMES__: paneThemes() },
  setupFiles: ["<rootDir>/test/setup-dom.ts"],
  testTimeout: 60000,
};
