// WebAssembly (in Node) against the native CLI on the same ~10 MB text made by
// repeating the corpus, with the same pipeline, measured side by side in one
// run and repeated; compare the ratio, not the absolute numbers (the machines
// are shared).
//   node bench/web/throughput.js <wasm site dir> <native cadena binary> <corpus dir> [config.json]
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const [siteDir, cadenaBin, corpusDir, configFile] = process.argv.slice(2);
const ROUNDS = 3;
const TARGET_BYTES = 10 * 1024 * 1024;

function corpusText() {
  const one = fs.readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => fs.readFileSync(path.join(corpusDir, f), "utf8")).join("\n\n") + "\n\n";
  return one.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(one)));
}

async function main() {
  const text = corpusText();
  const bytes = Buffer.byteLength(text);
  const file = path.join(os.tmpdir(), "cadena-wasm-bench.txt");
  fs.writeFileSync(file, text);
  const config = configFile ? fs.readFileSync(configFile, "utf8") : "";

  const createCadenaModule = require(path.resolve(siteDir, "cadena-core.js"));
  const wrapCadena = require(path.resolve(siteDir, "cadena-api.js"));
  const started = process.hrtime.bigint();
  const cadena = wrapCadena(await createCadenaModule());
  const handle = cadena.createPipeline(config);
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;

  const nativeArgs = ["run", file, "-o", "/dev/null"].concat(configFile ? ["--config", configFile] : []);
  const native = [];
  const wasm = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = process.hrtime.bigint();
    execFileSync(cadenaBin, nativeArgs, { stdio: "ignore" });
    native.push(Number(process.hrtime.bigint() - t) / 1e9);
    t = process.hrtime.bigint();
    cadena.runJson(handle, text, { id: "bench" });
    wasm.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  const best = (xs) => Math.min(...xs);
  const mbs = (s) => bytes / 1e6 / s;
  console.log(`text: ${(bytes / 1e6).toFixed(1)} MB; wasm module load + pipeline: ${loadMs.toFixed(0)} ms`);
  console.log(`native cadena run (whole process): best ${best(native).toFixed(2)} s = ${mbs(best(native)).toFixed(1)} MB/s`);
  console.log(`wasm in node (one run() call):      best ${best(wasm).toFixed(2)} s = ${mbs(best(wasm)).toFixed(1)} MB/s`);
  console.log(`wasm / native throughput: ${(best(native) / best(wasm)).toFixed(2)}x`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
