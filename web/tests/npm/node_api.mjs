// The npm package in Node, installed from its tarball into an empty project
// (scripts/test-npm copies this file there, so that "cadena" resolves from
// that project's node_modules as a user's import would):
//   node node_api.mjs <native cadena binary> <corpus dir> <a side module .wasm>
// Every corpus document through the package's API equals the native CLI's
// line byte for byte; a bad config rejects with the CLI's message; a plugin
// loads from a file path.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Cadena } from "cadena";

const [cadenaBin, corpusDir, sidePlugin] = process.argv.slice(2);
if (!cadenaBin || !corpusDir || !sidePlugin) {
  console.error("usage: node_api.mjs CADENA_BINARY CORPUS_DIR SIDE_MODULE_WASM");
  process.exit(2);
}

let failed = 0;
function check(name, ok, detail = "") {
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
}

async function rejection(promise) {
  try {
    await promise;
    return null;
  } catch (err) {
    return err;
  }
}

const hooks = () => ["uncaughtException", "unhandledRejection", "exit"].map((e) => process.listenerCount(e)).join(",");
const hooksBefore = hooks();
const cadena = await Cadena.load();
const stages = cadena.plugins.flatMap((p) => p.stages.map((s) => s.name));
const defaultStages = cadena.defaultConfig.pipeline.map((s) => s.plugin);
check("Cadena.load() lists the linked-in plugins, with every stage of the default pipeline",
      defaultStages.length >= 5 && defaultStages.every((n) => stages.includes(n)),
      `plugins ${cadena.plugins.map((p) => p.name).join(", ")}; default pipeline ${defaultStages.join(", ")}`);
check("loading installs no process-wide handlers", hooks() === hooksBefore, `listeners before ${hooksBefore}, after ${hooks()}`);

// The corpus, byte for byte against the native CLI built from the same tree.
const native = execFileSync(cadenaBin, ["run", "--quiet", corpusDir], { encoding: "utf8" }).split("\n").filter(Boolean);
const files = readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
check("the CLI wrote one line per corpus file", native.length === files.length, `${native.length} lines, ${files.length} files`);
const pipeline = await cadena.pipeline();
for (const [i, file] of files.entries()) {
  const id = basename(file, ".txt");
  const { json, timings } = await pipeline.runJson(readFileSync(join(corpusDir, file), "utf8"), { id });
  let at = 0;
  while (at < json.length && json[at] === native[i]?.[at]) at++;
  check(`${id}: the package's JSON equals cadena run's`, json === native[i],
        json === native[i] ? `${json.length} bytes, ${timings.length} stages timed` : `first difference at byte ${at}`);
}
const first = readFileSync(join(corpusDir, files[0]), "utf8");
const doc = await pipeline.run(first, { id: basename(files[0], ".txt") });
check("run() resolves to the parsed document", doc.schema === "cadena.doc/1" && JSON.stringify(doc) === native[0]);

// A bad option: the same message as the CLI's for the same config, whose
// source is the file's name there and "config" here.
const bad = { pipeline: [{ plugin: "clean" }, { plugin: "split", options: { lnag: "es" } }] };
const err = await rejection(cadena.pipeline(bad));
const dir = mkdtempSync(join(tmpdir(), "cadena-npm-"));
const configFile = join(dir, "bad.json");
writeFileSync(configFile, JSON.stringify(bad));
const cli = spawnSync(cadenaBin, ["run", "--quiet", "--config", configFile, join(corpusDir, files[0])], { encoding: "utf8" });
rmSync(dir, { recursive: true });
const cliMessage = cli.stderr.split(`${configFile}: `)[1]?.trim();
check("a bad config rejects with an Error", err instanceof Error, String(err));
check("... naming the stage and the option's JSON pointer, as the CLI does",
      !!cliMessage && err?.message === `config: ${cliMessage}` && err.message.includes("/pipeline/1/options/lnag"),
      `package: ${err?.message} | CLI (exit ${cli.status}): ${cli.stderr.trim()}`);

const empty = await rejection(pipeline.run(""));
check("an empty document rejects with an Error saying so", empty instanceof Error && /empty document/.test(empty.message), empty?.message);

// A third-party plugin from a file path: its stage runs in a pipeline; a
// second copy is refused as a duplicate.
const plugin = await cadena.loadPlugin(sidePlugin);
check("loadPlugin(path) resolves to the plugin", plugin?.name === "keywords" && cadena.plugins.some((p) => p.name === "keywords"),
      JSON.stringify(plugin && { name: plugin.name, version: plugin.version }));
const withKeywords = await cadena.pipeline({ pipeline: [...cadena.defaultConfig.pipeline, { plugin: "keywords" }] });
const keyed = await withKeywords.run(first, { id: "k" });
check("the plugin's stage writes its layer", Array.isArray(keyed.keywords) && keyed.keywords.length > 0 &&
      keyed.keywords.every((k) => keyed.text.includes(k.text)), `${keyed.keywords?.length} key phrases`);
const again = await rejection(cadena.loadPlugin(readFileSync(sidePlugin)));
check("a second copy (a Buffer) is refused as a duplicate", /duplicate plugin name 'keywords'/.test(again?.message), again?.message);
await withKeywords.destroy();
await pipeline.destroy();
const gone = await rejection(pipeline.run("Hola."));
check("a destroyed pipeline rejects", gone instanceof Error && /no pipeline/.test(gone.message), gone?.message);

console.log(`npm package in Node: ${failed ? failed + " failed" : "all passed"}`);
process.exit(failed ? 1 : 0);
