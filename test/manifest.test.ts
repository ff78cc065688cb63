import * as fs from "fs";
import * as path from "path";
import { execFileSync } from "child_process";
import { DOMParser } from "@xmldom/xmldom";

const root = path.join(__dirname, "..");
const manifestPath = path.join(root, "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");
const all = (name: string) => Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === name);

describe("manifest.xml", () => {
  test("targets Word with a task pane, requires only WordApi 1.1 (scanning) and ReadWriteDocument", () => {
    expect(all("Host").some((h) => h.getAttribute("Name") === "Document")).toBe(true);
    const sets = all("Set");
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toEqual([["WordApi", "1.1"]]);
    expect(all("Permissions")[0].textContent).toBe("ReadWriteDocument");
    expect(all("SourceLocation")[0].getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
    const tab = all("OfficeTab")[0];
    expect(tab.getAttribute("id")).toBe("TabHome");
    expect(all("Action")[0].getAttribute("xsi:type")).toBe("ShowTaskpane");
  });

  test("every resid resolves to a defined resource, and every resource is used", () => {
    const defined = new Set(
      [...all("Image"), ...all("Url"), ...all("String")].filter((e) => e.getAttribute("id")).map((e) => e.getAttribute("id") as string)
    );
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => !!r);
    expect(used.length).toBeGreaterThan(5);
    for (const r of used) expect(defined).toContain(r);
    for (const d of defined) expect(used).toContain(d);
  });

  test("every icon URL points at a PNG in assets/ of the declared size", () => {
    const urls: { url: string; size?: number }[] = [];
    for (const e of [...all("IconUrl"), ...all("HighResolutionIconUrl")]) urls.push({ url: e.getAttribute("DefaultValue") as string });
    for (const e of all("Image").filter((i) => i.getAttribute("id"))) urls.push({ url: e.getAttribute("DefaultValue") as string });
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const { url } of urls) {
      const m = /^https:\/\/localhost:3000\/assets\/(icon-(\d+)\.png)$/.exec(url);
      expect(m).not.toBeNull();
      const file = path.join(root, "assets", m![1]);
      expect(fs.existsSync(file)).toBe(true);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(Number(m![2]));
      expect(png.readUInt32BE(20)).toBe(Number(m![2]));
    }
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) expect(fs.existsSync(path.join(root, "assets", `icon-${size}.png`))).toBe(true);
  });

  test("each ribbon icon lists every size Office uses: 16, 32 and 80 required, 20, 24, 40, 48 and 64 for high DPI", () => {
    const icons = all("Icon");
    expect(icons.length).toBe(2);
    for (const icon of icons) {
      const sizes = Array.from(icon.getElementsByTagName("*")).map((i) => Number(i.getAttribute("size")));
      expect(sizes).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
    }
    expect(all("IconUrl")[0].getAttribute("DefaultValue")).toMatch(/icon-32\.png$/);
    expect(all("HighResolutionIconUrl")[0].getAttribute("DefaultValue")).toMatch(/icon-64\.png$/);
  });

  test("its version is package.json's, and the support URL is the support page", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(all("Version")[0].textContent).toBe(`${pkg.version}.0`);
    expect(all("SupportUrl")[0].getAttribute("DefaultValue")).toBe("https://localhost:3000/support.html");
    expect(fs.existsSync(path.join(root, "src", "site", "support.html"))).toBe(true);
  });

  const schema = path.join(root, "schemas", "office-addin-manifest-xsd", "OfficeAppManifestV1_1.xsd");
  const haveXmllint = (() => {
    try {
      execFileSync("xmllint", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  test("the schemas are in the repository (no ../shared needed)", () => {
    expect(fs.existsSync(schema)).toBe(true);
    expect(fs.readFileSync(path.join(path.dirname(schema), "README.md"), "utf8")).toMatch(/licen[cs]e/i);
  });

  (haveXmllint || process.env.CI ? test : test.skip)("validates offline against the Office add-in manifest schemas", () => {
    const out = execFileSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifestPath], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out).toBe("");
  });
});
