// Supply-chain check for CI: `npm audit --omit=dev` must report no high or critical advisory
// in the runtime dependencies. Fails (exit 1) on such an advisory. When the advisory service
// cannot be reached (some registry mirrors allow only GET and answer the audit POST with 405),
// it says so plainly and exits 0, since nothing could be checked: the run is not a pass.
const { spawnSync } = require("child_process");

/**
 * Judges the JSON that `npm audit --json` printed.
 * @returns {{ code: 0 | 1, lines: string[], checked: boolean }}
 */
function judge(stdout, stderr = "") {
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
  const lines = [`npm audit (runtime dependencies): critical ${meta.critical || 0}, high ${meta.high || 0}, moderate ${meta.moderate || 0}, low ${meta.low || 0}`];
  const serious = (meta.high || 0) + (meta.critical || 0);
  if (serious > 0) {
    for (const [name, v] of Object.entries(report.vulnerabilities || {})) {
      if (v.severity === "high" || v.severity === "critical") lines.push(`  ${v.severity}: ${name} ${v.range || ""}`.trimEnd());
    }
  }
  return { code: serious > 0 ? 1 : 0, checked: true, lines };
}

if (require.main === module) {
  const res = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
  const verdict = judge(res.stdout, res.stderr);
  for (const line of verdict.lines) console.log(line);
  process.exit(verdict.code);
}

module.exports = { judge };
