// The add-in manifest for a real host: manifest.xml (the development manifest, every URL on
// https://localhost:3000/) rewritten so that every URL points at the address dist/ is served from.
// Used by webpack.config.js (`npm run build -- --env url=…`), scripts/package.js and the tests.
"use strict";

const DEV_BASE = "https://localhost:3000/";
const LOCAL_HOSTS = /^(localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;

/** A usable base URL for production, ending in "/", or an Error that says what is wrong. */
function normalizeBaseUrl(input) {
  const raw = String(input ?? "").trim();
  if (!raw) throw new Error("no URL given: pass the HTTPS address dist/ will be served from, e.g. --env url=https://contracts.example.org/termscore/");
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`"${raw}" is not a URL: give the full HTTPS address, e.g. https://contracts.example.org/termscore/`);
  }
  if (url.protocol !== "https:") throw new Error(`${raw}: Office loads add-ins only over HTTPS; give an https:// address`);
  if (LOCAL_HOSTS.test(url.hostname)) throw new Error(`${raw}: a production manifest cannot point at this machine (${url.hostname}); use npm run dev-server for local work`);
  if (url.search || url.hash) throw new Error(`${raw}: the address cannot have a ?query or #fragment`);
  if (url.username || url.password) throw new Error(`${raw}: the address cannot carry a user name or password`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.toString();
}

/** The manifest with every development URL moved under `baseUrl`, comments dropped, the version set. */
function renderManifest(xml, { baseUrl, version } = {}) {
  let out = String(xml);
  if (baseUrl) {
    const base = normalizeBaseUrl(baseUrl);
    const origin = new URL(base).origin;
    out = out.replace(/<!--[\s\S]*?-->\s*/g, "");
    out = out.split(DEV_BASE).join(base);
    out = out.replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
  }
  if (version) {
    const four = manifestVersion(version);
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${four}</Version>`);
  }
  return out;
}

/** package.json's "1.2.3" (or "1.2.3-beta.1") as the manifest's four-part "1.2.3.0". */
function manifestVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(String(version));
  if (!m) throw new Error(`version "${version}" is not MAJOR.MINOR.PATCH`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** Every URL the manifest names: attribute values and element texts that start with a scheme. */
function manifestUrls(xml) {
  const urls = [];
  for (const m of String(xml).matchAll(/DefaultValue="([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)) urls.push(m[1]);
  for (const m of String(xml).matchAll(/>\s*([a-z][a-z0-9+.-]*:\/\/[^<\s]*)\s*</gi)) urls.push(m[1]);
  return urls;
}

/**
 * Problems that make a manifest unfit for production (empty when fine): any mention of this
 * machine, any URL that is not HTTPS, any URL outside `baseUrl` (when given).
 */
function productionProblems(xml, baseUrl) {
  const problems = [];
  const text = String(xml);
  const local = /localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/i.exec(text);
  if (local) {
    const line = text.slice(0, local.index).split("\n").length;
    problems.push(`line ${line} names ${local[0]}: a production manifest must not point at the build machine`);
  }
  const base = baseUrl ? normalizeBaseUrl(baseUrl) : null;
  const origin = base ? new URL(base).origin : null;
  for (const url of manifestUrls(text)) {
    if (!url.startsWith("https://")) problems.push(`${url} is not HTTPS`);
    else if (base && !url.startsWith(base) && url !== origin) problems.push(`${url} is not under ${base}`);
  }
  return problems;
}

module.exports = { DEV_BASE, normalizeBaseUrl, renderManifest, manifestVersion, manifestUrls, productionProblems };
