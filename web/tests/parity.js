// Parity between the two builds: for every corpus document, the WebAssembly
// module (run in Node) must write exactly the line the native CLI writes.
//   node web/tests/parity.js <wasm site dir> <native cadena binary> <corpus dir>
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const [siteDir, cadenaBin, corpusDir] = process.argv.slice(2);
if (!siteDir || !cadenaBin || !corpusDir) {
  console.error("usage: parity.js SITE_DIR CADENA_BINARY CORPUS_DIR");
  process.exit(2);
}

const createCadenaModule = require(path.resolve(siteDir, "cadena-core.js"));
const wrapCadena = require(path.resolve(siteDir, "cadena-api.js"));

async function main() {
  const native = execFileSync(cadenaBin, ["run", corpusDir], { encoding: "utf8" }).split("\n").filter(Boolean);
  const cadena = wrapCadena(await createCadenaModule());
  const pipeline = cadena.createPipeline();
  const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
  let passed = 0;
  let failed = 0;
  files.forEach((file, i) => {
    const text = fs.readFileSync(path.join(corpusDir, file), "utf8");
    const id = path.basename(file, ".txt");
    const wasm = cadena.runJson(pipeline, text, { id });
    if (wasm === native[i]) {
      passed++;
      console.log(`ok   ${id}: ${wasm.length} bytes identical`);
    } else {
      failed++;
      let at = 0;
      while (at < wasm.length && wasm[at] === native[i][at]) at++;
      console.log(`FAIL ${id}: first difference at byte ${at}`);
      console.log(`  native: ${native[i].slice(Math.max(0, at - 60), at + 60)}`);
      console.log(`  wasm:   ${wasm.slice(Math.max(0, at - 60), at + 60)}`);
    }
  });
  if (files.length !== native.length) {
    failed++;
    console.log(`FAIL the CLI wrote ${native.length} documents for ${files.length} files`);
  }
  console.log(`parity: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
