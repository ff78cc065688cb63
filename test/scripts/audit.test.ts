// The CI supply-chain gate: its verdict on what `npm audit --json` prints.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { judge } = require("../../scripts/audit.js") as { judge: (stdout: string, stderr?: string) => { code: number; checked: boolean; lines: string[] } };

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
});
