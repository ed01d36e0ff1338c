/**
 * The whole build, in one place. It writes only dist/, dist-node/ and the ignored generated folder:
 *   1. src/functions/generated/entrypoints.ts from the custom-function catalogue (scripts/generate.mjs);
 *   2. dist/Code.js: webpack + esbuild-loader + gas-webpack-plugin (top-level functions for Apps Script:
 *      the `global.X = …` assignments of src/main.ts and of the generated entry points, and src/main.ts's
 *      named exports, the sidebar endpoints);
 *   3. dist/sidebar.html: the sidebar client bundled by esbuild and inlined into one HTML file;
 *   4. dist/appsscript.json;
 *   5. dist-node/: the `cmn` CLI, the emulator's web server and the benchmarks (Node only).
 */
import { build as esbuild } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import webpack from "webpack";
import GasPlugin from "gas-webpack-plugin";
import TerserPlugin from "terser-webpack-plugin";
import { generate } from "./generate.mjs";
import { root } from "./lib.mjs";

const dist = path.join(root, "dist");
const distNode = path.join(root, "dist-node");
const started = Date.now();

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
fs.mkdirSync(distNode, { recursive: true });

// 2. The Apps Script bundle.

/**
 * gas-webpack-plugin writes its stubs before the minifier runs, so they come out as
 * `function CMN_SHARE(part,total,digits){}` run together on one line. Give each stub a line of its own
 * with the usual spacing, as the Apps Script editor and a reader expect. Only the stub prelude (before the
 * webpack library variable) is touched.
 */
class StubLayoutPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("StubLayoutPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "StubLayoutPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          const asset = compilation.getAsset("Code.js");
          if (!asset) return;
          const text = asset.source.source().toString();
          const end = text.indexOf("var CMN");
          if (end < 0) return;
          const prelude = text
            .slice(0, end)
            .replace(
              /function ([A-Za-z_$][\w$]*)\(([^)]*)\)\{\}/g,
              (_m, name, params) => `function ${name}(${params.split(",").filter(Boolean).join(", ")}) {\n}\n`,
            )
            .replace(/\*\/\s*function/g, "*/\nfunction");
          compilation.updateAsset("Code.js", new webpack.sources.RawSource(prelude + text.slice(end)));
        },
      );
    });
  }
}

function buildAppsScript(codegen) {
  // Parameter names Sheets shows in a custom function's help must survive mangling.
  const reserved = codegen.parameterNames();
  const config = {
    mode: "production",
    context: root,
    entry: path.join(root, "src/main.ts"),
    target: ["web", "es2020"],
    devtool: false,
    // With autoGlobalExportsFiles, the library keeps src/main.ts's exports alive in production (otherwise
    // tree shaking drops them and the endpoint globals bind to undefined).
    output: { path: dist, filename: "Code.js", library: { type: "var", name: "CMN" }, iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.[jt]s$/,
          loader: "esbuild-loader",
          options: { loader: "ts", target: "es2020", legalComments: "inline", charset: "utf8" },
        },
      ],
    },
    // concatenateModules off: gas-webpack-plugin only reads stubs from a concatenation's root module.
    // Minified because every custom-function call loads the whole script; names stay readable for the
    // execution log (keep_fnames), and the stubs keep their JSDoc (@customfunction/@preserve comments).
    optimization: {
      concatenateModules: false,
      minimize: process.env.CMN_NO_MINIFY !== "1",
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: {
            ecma: 2020,
            keep_fnames: true,
            keep_classnames: true,
            mangle: { reserved },
            format: { comments: /@customfunction|@preserve/, ascii_only: false },
          },
        }),
      ],
    },
    performance: { hints: false },
    plugins: [
      new GasPlugin({
        comment: true,
        // Only the entry files declare globals (a local variable named `global` elsewhere is not one).
        include: ["src/main.ts", "src/functions/generated/*.ts"],
        autoGlobalExportsFiles: ["src/main.ts"],
      }),
      new StubLayoutPlugin(),
    ],
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

// 3. The sidebar: one self-contained HTML file (HtmlService serves a single file).
async function buildSidebar() {
  const out = await esbuild({
    entryPoints: [path.join(root, "sidebar/main.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    minify: true,
    write: false,
    logLevel: "error",
  });
  const js = out.outputFiles[0].text;
  const css = fs.readFileSync(path.join(root, "sidebar/style.css"), "utf8");
  const html = fs
    .readFileSync(path.join(root, "sidebar/index.html"), "utf8")
    .replace("<!-- STYLE -->", () => `<style>\n${css}</style>`)
    // A literal "</script" inside the bundle would end the script element early.
    .replace("<!-- SCRIPT -->", () => `<script>\n${js.replace(/<\/script/gi, "<\\/script")}</script>`);
  fs.writeFileSync(path.join(dist, "sidebar.html"), html);
}

// 5. Node programs: CLI, emulator web server, benchmarks. Packages stay external (node_modules).
async function buildNode() {
  const entries = {
    cmn: "src/cli/cmn.ts",
    server: "emulator/server.ts",
    bench: "bench/index.ts",
  };
  await Promise.all(
    Object.entries(entries)
      .filter(([, file]) => fs.existsSync(path.join(root, file)))
      .map(([name, file]) =>
        esbuild({
          entryPoints: [path.join(root, file)],
          bundle: true,
          platform: "node",
          target: "node20",
          format: "cjs",
          packages: "external",
          sourcemap: "inline",
          outfile: path.join(distNode, `${name}.js`),
          logLevel: "error",
        }),
      ),
  );
  const pageEntry = path.join(root, "emulator/page/page.ts");
  if (fs.existsSync(pageEntry)) {
    await esbuild({
      entryPoints: [pageEntry],
      bundle: true,
      format: "iife",
      target: "es2020",
      outfile: path.join(distNode, "page.js"),
      logLevel: "error",
    });
    fs.copyFileSync(path.join(root, "emulator/page/index.html"), path.join(distNode, "index.html"));
  }
}

const codegen = await generate();
await Promise.all([buildAppsScript(codegen), buildSidebar(), buildNode()]);
fs.copyFileSync(path.join(root, "appsscript.json"), path.join(dist, "appsscript.json"));

const size = fs.statSync(path.join(dist, "Code.js")).size;
if (!process.env.CMN_QUIET) {
  console.error(`build: dist/Code.js ${(size / 1024).toFixed(1)} KiB, ${Date.now() - started} ms`);
}
