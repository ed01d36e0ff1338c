/**
 * The built artefact, tested as text and by running it (gas-webpack-plugin's own habit): what Apps Script
 * will actually load.
 */
import fs from "node:fs";
import path from "node:path";
import { CATALOGUE } from "../../src/functions/catalogue";
import { ENDPOINTS } from "../../src/ui/endpoints/index";
import { MENU_ITEMS } from "../../src/ui/menu";
import { DIST, freshBundle, requireBuild } from "../support/bundle";

const code = () => fs.readFileSync(path.join(DIST, "Code.js"), "utf8");

describe("dist/Code.js", () => {
  beforeAll(requireBuild);

  it("defines every global Apps Script calls: triggers, menu items, endpoints, custom functions", () => {
    const { bundle } = freshBundle();
    const expected = [
      "onOpen",
      "onInstall",
      "showSidebar",
      "onFormSubmit",
      ...MENU_ITEMS.flatMap((i) => (i === "separator" ? [] : [i.fn])),
      ...Object.keys(ENDPOINTS),
      ...CATALOGUE.map((f) => f.name),
    ];
    const missing = expected.filter((name) => !bundle.has(name));
    expect(missing).toEqual([]);
  });

  it("gives every custom function a top-level stub with its JSDoc help and real parameter names", () => {
    const text = code();
    for (const fn of CATALOGUE) {
      const params = fn.params.map((p) => p.name).join(", ");
      const stub = new RegExp(
        `/\\*\\*([\\s\\S]*?)\\*/\\nfunction ${fn.name}\\(${params.replace(/[$]/g, "\\$")}\\) \\{\\n\\}`,
      );
      const match = stub.exec(text);
      expect(match).not.toBeNull();
      const doc = match![1];
      expect(doc).toContain("@customfunction");
      expect(doc).toContain(fn.summary);
      for (const p of fn.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name} `));
    }
  });

  it("keeps out what Apps Script cannot run or load", () => {
    const text = code();
    // Report only the offending snippets, not the whole bundle.
    const hits = (re: RegExp, before = 60) =>
      [...text.matchAll(new RegExp(re.source, "g"))].map((m) =>
        text.slice(Math.max(0, m.index! - before), m.index! + 40),
      );
    expect(hits(/^\s*(import|export)\s/m)).toEqual([]);
    expect(hits(/[^\w$.'"#]#[a-zA-Z_]\w*\s*[=;(]/)).toEqual([]); // private #fields
    expect(hits(/\bstatic\s+[A-Za-z_$][\w$]*\s*=/)).toEqual([]);
    expect(hits(/\bsetTimeout\(|\bTextEncoder\b/)).toEqual([]);
    // zod's URL check guards itself with `typeof URL`; any other use of URL would fail in Apps Script.
    expect(hits(/\bnew URL\(/, 200).filter((snippet) => !/typeof URL/.test(snippet))).toEqual([]);
    expect(hits(/hyperformula|playwright|@faker-js|chart\.js|Chart\.register|chrono-node|mammoth|jszip/i)).toEqual([]);
    // Node and newest-JS APIs that Apps Script's V8 does not offer.
    expect(
      hits(
        /\bstructuredClone\(|Object\.hasOwn\(|\.findLast(Index)?\(|\.toSorted\(|\bqueueMicrotask\(|\bprocess\.env|\bBuffer\.|\brequire\(/,
      ),
    ).toEqual([]);
  });

  it("builds the menu in AuthMode.NONE even when every other service refuses", () => {
    const { emu, bundle } = freshBundle({ authMode: "NONE" });
    bundle.call("onOpen", { authMode: "NONE" });
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "appsscript.json"), "utf8"));
    // An add-on menu (Extensions → the add-on's name), the only kind a published Editor add-on may add.
    expect(emu.ui.menus.map((m) => [m.title, m.addon])).toEqual([[manifest.addOns.common.name, true]]);
    const menu = emu.ui.menus[0];
    const items = menu!.items.flatMap((i) => (i.kind === "item" ? [[i.caption, i.functionName]] : []));
    expect(items).toEqual(MENU_ITEMS.flatMap((i) => (i === "separator" ? [] : [[i.label, i.fn]])));
  });

  it("touches no service when the script loads (every custom-function call loads it)", () => {
    const { emu } = freshBundle();
    expect(emu.calls.total).toBe(0);
  });

  it("runs a custom function through its global, with Russian errors", () => {
    const { bundle } = freshBundle();
    expect(bundle.call("CMN_SHARE", 12, 40)).toBeCloseTo(0.3);
    expect(() => bundle.call("CMN_SHARE", 5, 4)).toThrow("часть (5) больше целого (4)");
  });

  it("ships a manifest for V8, Moscow time and narrow scopes", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Europe/Moscow");
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/spreadsheets.currentonly");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/drive");
    // JSON holds no comments: the README says why each scope is needed.
    const readme = fs.readFileSync(path.join(DIST, "../README.md"), "utf8");
    const scopes = readme.slice(readme.indexOf("Scopes (`appsscript.json`"), readme.indexOf("Triggers:"));
    for (const scope of manifest.oauthScopes as string[])
      expect(scopes).toContain(`\`${scope.replace("https://www.googleapis.com/auth/", "")}\``);
  });

  it("ships the sidebar as one self-contained HTML file", () => {
    const html = fs.readFileSync(path.join(DIST, "sidebar.html"), "utf8");
    expect(html).toContain("<style>");
    expect(html).toContain("<script>");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).toContain('lang="ru"');
  });
});
