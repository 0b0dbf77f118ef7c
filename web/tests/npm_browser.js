// The npm package in headless chromium: a plain page in the test project
// (scripts/test-npm) imports "cadena" through an import map pointing at the
// package's browser entry in node_modules, as its exports map names it; the
// project is served as static files from 127.0.0.1. One corpus article runs
// in the package's worker and must equal the native CLI's line.
//   node web/tests/npm_browser.js <project dir> <article file> <expected JSON line file>
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { serve } = require("./static_server");

const [projectDir, articleFile, expectedFile] = process.argv.slice(2);
if (!projectDir || !articleFile || !expectedFile) {
  console.error("usage: npm_browser.js PROJECT_DIR ARTICLE_FILE EXPECTED_JSON_FILE");
  process.exit(2);
}

let failed = 0;
function check(name, ok, detail = "") {
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
}

// The browser entry, resolved as a bundler would: exports["."].browser.
function browserEntry(packageDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const entry = pkg.exports["."].browser;
  if (!entry) throw new Error(`${pkg.name}: no "browser" condition in exports["."]`);
  return { name: pkg.name, entry };
}

async function main() {
  const { name, entry } = browserEntry(path.join(projectDir, "node_modules", "cadena"));
  const entryUrl = path.posix.join("/node_modules", name, entry);
  fs.writeFileSync(path.join(projectDir, "index.html"), `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>cadena from npm</title>
<script type="importmap">${JSON.stringify({ imports: { [name]: entryUrl } })}</script>
<script type="module">
import { Cadena } from "${name}";
window.runCadena = async (text, meta) => {
  const cadena = await Cadena.load();
  const pipeline = await cadena.pipeline();
  const result = await pipeline.runJson(text, meta);
  const doc = await pipeline.run(text, meta);
  let configError = "";
  try { await cadena.pipeline({ pipeline: [{ plugin: "split", options: { lnag: "es" } }] }); }
  catch (err) { configError = err instanceof Error ? err.message : "not an Error: " + err; }
  cadena.close();
  const configured = cadena.defaultConfig.pipeline.map((s) => s.name || s.plugin);
  return { json: result.json, stages: result.timings.map((t) => t.stage), configured, sentences: doc.sentences.length, configError };
};
</script></head><body></body></html>
`);

  const text = fs.readFileSync(articleFile, "utf8");
  const expected = fs.readFileSync(expectedFile, "utf8").trim();
  const id = path.basename(articleFile, ".txt");
  const server = await serve(projectDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const consoleErrors = [];
    const requested = [];
    page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    page.context().on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/index.html`);
    try {
      await page.waitForFunction(() => typeof window.runCadena === "function", null, { timeout: 30000 });
    } catch (err) {
      throw new Error(`the page's module did not load: ${consoleErrors.join(" | ") || err.message}`);
    }
    const r = await page.evaluate(([t, m]) => window.runCadena(t, m), [text, { id }]);
    check("the package's JSON in chromium equals cadena run's", r.json === expected,
          r.json === expected ? `${r.json.length} bytes` : `got ${r.json.slice(0, 120)}...`);
    check("run() resolves to the document, and every stage is timed",
          r.sentences > 5 && r.stages.length >= 5 && r.stages.join(",") === r.configured.join(","),
          `${r.sentences} sentences; stages ${r.stages.join(",")}`);
    check("a bad config rejects with an Error naming the stage and the pointer",
          r.configError.includes("stage 'split'") && r.configError.includes("/pipeline/0/options/lnag"), r.configError);
    const fromPackage = (f) => requested.some((p) => p === path.posix.join("/node_modules", name, f));
    check("the worker, module and .wasm were loaded from node_modules beside the entry",
          ["worker.js", "cadena-core.js", "cadena-core.wasm"].every(fromPackage),
          [...new Set(requested)].join(" "));
    check("no console errors", consoleErrors.length === 0, consoleErrors.join(" | "));
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`npm package in chromium: ${failed ? failed + " failed" : "all passed"}`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
