// Supply-chain check for CI: `npm audit` must report no high or critical advisory in the code we
// ship: the CLI's runtime dependencies and the libraries webpack bundles into the task pane
// (devDependencies listed in package.json's "termscore.paneDependencies"), with everything they
// depend on. Build and test tools are not judged. Fails (exit 1) on such an advisory. When the advisory service
// cannot be reached (some registry mirrors allow only GET and answer the audit POST with 405),
// it says so plainly and exits 0, since nothing could be checked: the run is not a pass.
const { spawnSync } = require("child_process");

/**
 * Judges the JSON that `npm audit --json` printed.
 * @returns {{ code: 0 | 1, lines: string[], checked: boolean }}
 */
function judge(stdout, stderr = "", shipped = null) {
  let report;
  try {
    report = JSON.parse(stdout || "{}");
  } catch {
    report = {};
  }
  const meta = report.metadata && report.metadata.vulnerabilities;
  if (!meta) {
    const why = report.message || (report.error && report.error.summary) || String(stderr).split("\n").find((l) => l.trim()) || "no answer";
    return { code: 0, checked: false, lines: [`npm audit: NOT CHECKED — the advisory service could not be reached from this machine (${why}).`] };
  }
  let counts = meta;
  let vulnerabilities = Object.entries(report.vulnerabilities || {});
  if (shipped) {
    vulnerabilities = vulnerabilities.filter(([name]) => shipped.has(name));
    counts = { critical: 0, high: 0, moderate: 0, low: 0 };
    for (const [, v] of vulnerabilities) if (v.severity in counts) counts[v.severity]++;
  }
  const scope = shipped ? "shipped code: CLI runtime and task pane bundle" : "runtime dependencies";
  const lines = [`npm audit (${scope}): critical ${counts.critical || 0}, high ${counts.high || 0}, moderate ${counts.moderate || 0}, low ${counts.low || 0}`];
  const serious = (counts.high || 0) + (counts.critical || 0);
  if (serious > 0) {
    for (const [name, v] of vulnerabilities) {
      if (v.severity === "high" || v.severity === "critical") lines.push(`  ${v.severity}: ${name} ${v.range || ""}`.trimEnd());
    }
  }
  return { code: serious > 0 ? 1 : 0, checked: true, lines };
}

/**
 * Names of every package the shipped code can load: `roots` and, through package-lock.json's
 * resolved tree, everything they depend on.
 */
function shippedPackages(lock, roots) {
  const packages = lock.packages || {};
  const seen = new Set();
  const visit = (name, from) => {
    // Node's lookup: node_modules/name next to the requiring package, then in each parent folder.
    let dir = from;
    for (;;) {
      const key = `${dir ? `${dir}/` : ""}node_modules/${name}`;
      if (packages[key]) {
        if (seen.has(key)) return;
        seen.add(key);
        const entry = packages[key];
        for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) visit(dep, key);
        return;
      }
      if (!dir) return;
      const at = dir.lastIndexOf("/node_modules/");
      dir = at < 0 ? "" : dir.slice(0, at);
    }
  };
  for (const name of roots) visit(name, "");
  return new Set([...seen].map((key) => key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length)));
}

if (require.main === module) {
  const path = require("path");
  const root = path.join(__dirname, "..");
  const pkg = require(path.join(root, "package.json"));
  const lock = require(path.join(root, "package-lock.json"));
  const shipped = shippedPackages(lock, [...Object.keys(pkg.dependencies || {}), ...((pkg.termscore && pkg.termscore.paneDependencies) || [])]);
  const res = spawnSync("npm", ["audit", "--json"], { encoding: "utf8", cwd: root });
  const verdict = judge(res.stdout, res.stderr, shipped);
  for (const line of verdict.lines) console.log(line);
  process.exit(verdict.code);
}

module.exports = { judge, shippedPackages };
