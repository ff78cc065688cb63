import * as fs from "fs";
import * as path from "path";
// The CI supply-chain gate: its verdict on what `npm audit --json` prints.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { judge, shippedPackages } = require("../../scripts/audit.js") as {
  judge: (stdout: string, stderr?: string, shipped?: Set<string> | null) => { code: number; checked: boolean; lines: string[] };
  shippedPackages: (lock: unknown, roots: string[]) => Set<string>;
};

const report = (vulns: Record<string, number>, details: Record<string, { severity: string; range?: string }> = {}) =>
  JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...vulns } }, vulnerabilities: details });

describe("scripts/audit.js", () => {
  test("fails on a high or critical advisory and names the package", () => {
    const v = judge(report({ high: 1 }, { "some-lib": { severity: "high", range: "<2.0.0" } }));
    expect(v).toMatchObject({ code: 1, checked: true });
    expect(v.lines.join("\n")).toMatch(/high: some-lib <2\.0\.0/);
    expect(judge(report({ critical: 2 })).code).toBe(1);
  });
  test("passes with only moderate or low advisories", () => {
    expect(judge(report({ moderate: 3, low: 1 }))).toMatchObject({ code: 0, checked: true });
  });
  test("says plainly that nothing was checked when the service refuses", () => {
    const v = judge(JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk", statusCode: 405 }));
    expect(v).toMatchObject({ code: 0, checked: false });
    expect(v.lines[0]).toMatch(/NOT CHECKED.*405/);
    expect(judge("", "network down\n").lines[0]).toMatch(/NOT CHECKED.*\(network down\)/);
  });

  test("judges only shipped code: the CLI's runtime and the pane bundle, not build tools", () => {
    const details = { react: { severity: "high", range: "<1" }, "webpack-dev-server": { severity: "critical", range: "<6" } };
    const all = report({ high: 1, critical: 1 }, details);
    expect(judge(all, "", new Set(["webpack-dev-server"])).code).toBe(1);
    const v = judge(all, "", new Set(["react", "scheduler"]));
    expect(v.code).toBe(1);
    expect(v.lines.join("\n")).toMatch(/high: react/);
    expect(v.lines.join("\n")).not.toMatch(/webpack-dev-server/);
    expect(judge(all, "", new Set(["jszip"]))).toMatchObject({ code: 0, checked: true });
  });

  test("the shipped set follows package-lock.json's tree, nested copies included", () => {
    const lock = {
      packages: {
        "": {},
        "node_modules/app-lib": { dependencies: { helper: "^1" } },
        "node_modules/helper": { dependencies: { tiny: "^2" } },
        "node_modules/tiny": {},
        "node_modules/app-lib/node_modules/helper": { dependencies: { nested: "^1" } },
        "node_modules/app-lib/node_modules/nested": {},
        "node_modules/build-tool": { dependencies: { "tool-dep": "^1" } },
        "node_modules/tool-dep": {},
      },
    };
    expect([...shippedPackages(lock, ["app-lib"])].sort()).toEqual(["app-lib", "helper", "nested"]);
    const lockFile = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package-lock.json"), "utf8"));
    const real = shippedPackages(lockFile, ["jszip", "@xmldom/xmldom", "react", "react-dom", "@fluentui/react-components"]);
    for (const name of ["jszip", "pako", "react", "scheduler", "@fluentui/react-button"]) expect(real.has(name)).toBe(true);
    for (const name of ["webpack", "typescript", "jest"]) expect(real.has(name)).toBe(false);
  });
});
