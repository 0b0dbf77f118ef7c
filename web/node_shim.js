// Linked with --extern-pre-js, before Emscripten's loader. Emscripten 3.1.6
// fetches the .wasm by URL whenever `fetch` exists, which fails in Node 18+
// ("Failed to parse URL"); hiding it there makes the loader read the file from
// disk. In a browser this declaration changes nothing.
var fetch;
if (typeof process === "object" && process.versions && process.versions.node) fetch = undefined;
