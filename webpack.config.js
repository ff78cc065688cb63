// Production build of the task pane, and the HTTPS dev server on https://localhost:3000.
// office.js comes from Microsoft's CDN in production (the Office Store expects it);
// OFFICE_JS=local serves it from the @microsoft/office-js package instead, for offline
// runs and browser tests.
//
// For a real host: `npm run build -- --env url=https://contracts.example.org/termscore/` (or
// TERMSCORE_URL=… npm run build) writes dist/ with a manifest whose every URL points there, the
// support and privacy pages beside it; the build fails if that manifest still names localhost.
// Without a URL, dist/manifest.xml is the development manifest (https://localhost:3000/).
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { Compilation, DefinePlugin, NormalModuleReplacementPlugin, sources } = require("webpack");
const { normalizeBaseUrl, renderManifest, productionProblems } = require("./scripts/manifest");
const { paneThemes } = require("./scripts/paneThemes");
const { version } = require("./package.json");

const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const CDN_OFFICE_JS = `${CDN_ORIGIN}/lib/1/hosted/office.js`;

function csp(officeOrigin) {
  const scriptSrc = officeOrigin ? `'self' ${officeOrigin}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    // Fluent UI (Griffel) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function devCerts() {
  // office-addin-dev-certs writes its files here; on Linux it cannot install the CA,
  // so the dev server takes the generated files directly.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const ca = path.join(dir, "ca.crt");
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined } };
  }
  return { type: "https" };
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** "How to get help" on the support and privacy pages: --env contact=EMAIL|URL, or a default. */
function siteContact(value) {
  const v = (value || "").trim();
  if (!v) return "Ask whoever gave you this add-in: your agency's Microsoft 365 administrator, or the person who hosts this copy of TermScore.";
  const href = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? `mailto:${v}` : /^https:\/\//.test(v) ? v : null;
  if (!href) throw new Error(`contact "${v}" is neither an e-mail address nor an https:// URL`);
  return `Write to <a href="${escapeHtml(href)}">${escapeHtml(v)}</a>; say which Word you use (Windows, Mac or the web, and its version) and what you saw.`;
}

// Where the three themes go: DefinePlugin writes JSON.parse("…placeholder…") for __TERMSCORE_THEMES__,
// and PaneThemesPlugin replaces it, after minification, with the themes as an object literal.
const THEMES_PLACEHOLDER = "__TERMSCORE_THEMES_JSON__";

/**
 * Replaces THEMES_PLACEHOLDER in the built scripts with the pane's themes (scripts/paneThemes.js)
 * less every token whose name appears nowhere in the built JavaScript: Fluent's styles and the
 * pane's own refer to a token as var(--name) and the pane's code reads one by name
 * (theme.colorNeutralBackground1), so a token named nowhere is one nothing can read. About 2 KB
 * gzipped of token values no style uses (test/browser/bundle.test.ts checks that every token the
 * built code refers to is in all three themes it carries). Runs after minification, before the
 * content hashes are computed.
 */
class PaneThemesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PaneThemesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PaneThemesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, (assets) => {
        const scripts = Object.keys(assets).filter((f) => /\.js$/.test(f));
        const code = scripts.map((f) => assets[f].source().toString()).join("\n");
        const themes = paneThemes();
        const named = (token) => new RegExp(`\\b${token}\\b`).test(code);
        const used = new Set(Object.values(themes).flatMap((t) => Object.keys(t)).filter(named));
        const pruned = Object.fromEntries(Object.entries(themes).map(([name, t]) => [name, Object.fromEntries(Object.entries(t).filter(([token]) => used.has(token)))]));
        // an object literal ({base:{borderRadiusSmall:"2px",…},…}): token names need no quotes
        // (the comment lets test/browser/bundle.test.ts find it)
        const literal = `(/*pane themes*/${JSON.stringify(pruned).replace(/"([A-Za-z][A-Za-z0-9]*)":/g, "$1:")})`;
        let written = 0;
        for (const f of scripts) {
          const text = assets[f].source().toString();
          const at = [...text.matchAll(new RegExp(`JSON\\.parse\\(["']${THEMES_PLACEHOLDER}["']\\)`, "g"))];
          if (at.length === 0) continue;
          const out = new sources.ReplaceSource(assets[f]);
          for (const m of at) out.replace(m.index, m.index + m[0].length - 1, literal);
          compilation.updateAsset(f, out);
          written += at.length;
        }
        if (written === 0) compilation.errors.push(new Error(`PaneThemesPlugin: no script holds ${THEMES_PLACEHOLDER}: the pane would have no themes`));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const local = process.env.OFFICE_JS === "local" || env.officeJs === "local" || mode === "development";
  const officeJsSrc = local ? "office-js/office.js" : CDN_OFFICE_JS;
  const rawUrl = env.url || process.env.TERMSCORE_URL;
  let baseUrl = null;
  let contact;
  try {
    baseUrl = rawUrl ? normalizeBaseUrl(rawUrl) : null;
    contact = siteContact(env.contact || process.env.TERMSCORE_CONTACT);
  } catch (e) {
    // A plain message, not webpack-cli's stack trace.
    process.stderr.write(`termscore build: ${e.message}\n`);
    process.exit(2);
  }
  const manifest = (content) => {
    const xml = renderManifest(content.toString(), { baseUrl, version });
    if (baseUrl) {
      const problems = productionProblems(xml, baseUrl);
      if (problems.length) throw new Error(`manifest.xml for ${baseUrl} is not fit for production: ${problems.join("; ")}`);
    }
    return xml;
  };
  // The pane's Web Worker (engine, .docx reading and writing) is its own entry with a fixed file
  // name; the pane loads it by that name plus a per-build query, so a cached old worker is never used.
  const workerFile = `review-worker.js?v=${version}-${Date.now().toString(36)}`;
  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      "review-worker": { import: "./src/taskpane/worker/worker.ts", chunkLoading: "import-scripts" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: (data) => (data.chunk && data.chunk.name === "review-worker" ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // the rules' examples are tests, not shipped, but for each rule's first (scripts/ruleExamplesLoader.js says why)
        { test: /[\\/]src[\\/]engine[\\/]rules[\\/][^\\/]+\.ts$/, enforce: "pre", use: path.resolve(__dirname, "scripts/ruleExamplesLoader.js") },
        // the default playbook, built from those examples, is computed at build time and ships as data
        { test: /[\\/]src[\\/]engine[\\/]playbook[\\/]defaults\.ts$/, enforce: "pre", use: path.resolve(__dirname, "scripts/defaultPlaybookLoader.js") },
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "node" } } } },
      ],
    },
    performance: { hints: false },
    // The engine code that both the page and the worker use (addendum text, labels, conventions,
    // the decision log) is one "shared" chunk instead of a copy in each: the page loads it with a
    // script tag, the worker with importScripts at start. usedExports: false lets a module whose
    // two users need different exports be shared too (about 8 KB gzipped less in all).
    optimization: {
      // Shortest names for exports between modules and ids for modules and chunks, rather than names
      // stable across builds: about 1.2 KB gzipped less. A build changes more chunk hashes, which
      // costs nothing here (every file is small, and the worker is loaded with a per-build query).
      mangleExports: "size",
      moduleIds: "size",
      chunkIds: "size",
      splitChunks: {
        usedExports: false,
        cacheGroups: {
          // No separate vendor chunk for xmldom: the worker's on-demand .docx chunk is its only user,
          // so it goes into that chunk (one request instead of two, about 0.7 KB gzipped less).
          defaultVendors: false,
          shared: { name: "shared", chunks: "all", minChunks: 2, minSize: 0, enforce: true, priority: 10, test: /[\\/]src[\\/]/ },
        },
      },
    },
    plugins: [
      // The light, dark and high-contrast themes, from Fluent's at build time without the colour
      // palette the pane does not use (scripts/paneThemes.js; about 4 KB gzipped less), and without
      // the tokens no built style names (PaneThemesPlugin; about 2 KB more).
      new DefinePlugin({ __TERMSCORE_WORKER__: JSON.stringify(workerFile), __TERMSCORE_THEMES__: `JSON.parse(${JSON.stringify(THEMES_PLACEHOLDER)})`, "typeof __TERMSCORE_THEMES__": JSON.stringify("object") }),
      new PaneThemesPlugin(),
      // xmldom's HTML entity table (~10 KB gzipped) is dead weight for a reader that parses only XML
      // (src/docx/xmlEntities.ts says why); test/browser/bundle.test.ts checks it stays out.
      new NormalModuleReplacementPlugin(/^\.\/entities(\.js)?$/, (resource) => {
        if (/[\\/]@xmldom[\\/]xmldom[\\/]lib$/.test(resource.context)) resource.request = path.resolve(__dirname, "src/docx/xmlEntities.ts");
      }),
      // The pane is only ever left to right: Griffel's right-to-left twins of each style rule
      // (rtl-css-js, ~2 KB gzipped) are the rules themselves (src/taskpane/ltrStyles.ts says why).
      new NormalModuleReplacementPlugin(/^rtl-css-js\/core$/, (resource) => {
        if (/[\\/]@griffel[\\/]core[\\/]/.test(resource.context)) resource.request = path.resolve(__dirname, "src/taskpane/ltrStyles.ts");
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsSrc, csp: csp(local ? null : CDN_ORIGIN) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: { transformer: manifest, cache: false } },
          // Support and privacy pages, and a landing page, served beside the pane.
          { from: "src/site/*", to: "[name][ext]", transform: { transformer: (content, file) => (file.endsWith(".html") ? content.toString().split("{{CONTACT}}").join(contact) : content), cache: false } },
          // "Try the sample contract" in browser mode.
          { from: "samples/agency-msa-sow.docx", to: "samples/[name][ext]" },
          ...(local
            ? ["office.js", "o15apptofilemappingtable.js", "es6-promise.js", "word-*.js", "en-us/*.js"].map((pattern) => ({
                from: pattern,
                context: "node_modules/@microsoft/office-js/dist",
                to: "office-js/",
                globOptions: { ignore: ["**/*.debug.js"] },
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: devCerts(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
