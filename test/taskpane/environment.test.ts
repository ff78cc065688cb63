import { describeEnvironment } from "../../src/taskpane/environment";
import { detectEnvironment } from "../../src/word/office";
import { luminance, pickThemeName } from "../../src/taskpane/theme";

describe("detectEnvironment", () => {
  test("office.js missing", async () => {
    await expect(detectEnvironment(undefined)).resolves.toEqual({ kind: "browser", reason: "office-js-missing" });
  });
  test("office.js loaded outside Office fires onReady with host null", async () => {
    const office = { onReady: (cb?: (i: { host: unknown; platform: unknown }) => void) => cb?.({ host: null, platform: null }) };
    await expect(detectEnvironment(office)).resolves.toEqual({ kind: "browser", reason: "outside-office" });
  });
  test("inside Word", async () => {
    const office = { HostType: { Word: "Word" }, onReady: (cb?: (i: { host: unknown; platform: unknown }) => void) => cb?.({ host: "Word", platform: "PC" }) };
    await expect(detectEnvironment(office)).resolves.toEqual({ kind: "word" });
  });
  test("another Office host", async () => {
    const office = { HostType: { Word: "Word" }, onReady: (cb?: (i: { host: unknown; platform: unknown }) => void) => cb?.({ host: "Excel", platform: "PC" }) };
    const env = await detectEnvironment(office);
    expect(env).toEqual({ kind: "other-office", host: "Excel" });
    expect(describeEnvironment(env)).toMatch(/Word add-in/);
  });
  test("onReady that never fires times out to browser mode", async () => {
    const env = await detectEnvironment({ onReady: () => undefined }, 20);
    expect(env).toEqual({ kind: "browser", reason: "timeout" });
  });
  test("onReady that throws is treated as office.js missing", async () => {
    const env = await detectEnvironment({
      onReady: () => {
        throw new Error("boom");
      },
    });
    expect(env.kind).toBe("browser");
  });
});

describe("theme", () => {
  test("follows Office's background", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#000000")).toBeCloseTo(0);
    expect(luminance("nonsense")).toBeNull();
    expect(pickThemeName("#ffffff", false)).toBe("light");
    expect(pickThemeName("#262626", false)).toBe("dark");
    expect(pickThemeName(undefined, false)).toBe("light");
    expect(pickThemeName("#ffffff", true)).toBe("high-contrast");
    // Outside Office: the browser's preference; inside, Office's background wins.
    expect(pickThemeName(undefined, false, true)).toBe("dark");
    expect(pickThemeName("#ffffff", false, true)).toBe("light");
  });
});
