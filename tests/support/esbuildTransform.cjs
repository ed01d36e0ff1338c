// Minimal jest transformer: esbuild turns TS/ESM into CommonJS. No type-checking here (tsc does it).
const { transformSync } = require("esbuild");
module.exports = {
  process(source, filename) {
    const loader = /\.[cm]?ts$/.test(filename) ? "ts" : "js";
    const out = transformSync(source, {
      loader,
      format: "cjs",
      target: "node20",
      sourcemap: "inline",
      sourcefile: filename,
    });
    return { code: out.code };
  },
};
