// A thin JavaScript face over the module's C functions (web/bindings.cpp),
// shared by the Web Worker and by Node (tests, benchmarks, the npm package's
// Node entry). Classic script: loaded with importScripts() in the worker and
// require() in Node.
function wrapCadena(M) {
  const create = M.cwrap("cadena_create", "number", ["string"]);
  const destroy = M.cwrap("cadena_destroy", null, ["number"]);
  const run = M.cwrap("cadena_run", "number", ["number", "number"]);
  const error = M.cwrap("cadena_error", "string", []);
  const timings = M.cwrap("cadena_timings", "string", []);
  const plugins = M.cwrap("cadena_plugins", "string", []);
  const defaultConfig = M.cwrap("cadena_default_config", "string", []);
  const loadPlugin = M.cwrap("cadena_load_plugin", null, ["string", "number"]);
  const loadPluginBytes = M.cwrap("cadena_load_plugin_bytes", null, ["string", "number", "number", "number"]);
  const loading = new Map(); // request -> {resolve, reject}
  let nextRequest = 1;
  M.cadenaPluginLoaded = (request, ok, message) => {
    const p = loading.get(request);
    loading.delete(request);
    if (ok) p.resolve();
    else p.reject(new Error(message));
  };
  const api = {
    // A pipeline handle; throws with the config error.
    createPipeline(config) {
      const handle = create(config ? (typeof config === "string" ? config : JSON.stringify(config)) : "");
      if (!handle) throw new Error(error());
      return handle;
    },
    destroyPipeline: destroy,
    // The cadena.doc/1 JSON text of one document; throws with the reason it failed.
    runJson(handle, text, meta) {
      // ccall would copy a string argument onto the wasm stack, which a long
      // document overflows: the record goes through the heap instead.
      const record = JSON.stringify(Object.assign({}, meta || {}, { text }));
      const size = M.lengthBytesUTF8(record) + 1;
      const ptr = M._malloc(size);
      if (!ptr) throw new Error(`out of memory for a ${size}-byte document`);
      let out;
      try {
        M.stringToUTF8(record, ptr, size);
        out = run(handle, ptr);
      } finally {
        M._free(ptr);
      }
      if (!out) throw new Error(error());
      return M.UTF8ToString(out);
    },
    timings: () => JSON.parse(timings()),
    plugins: () => JSON.parse(plugins()),
    defaultConfig: () => JSON.parse(defaultConfig()),
    // Loads a plugin's WebAssembly side module, from a URL path on this
    // server ("plugins/x.wasm", fetched by emscripten_dlopen) or from its
    // bytes (a Uint8Array, with a name for messages). Resolves to the plugin's
    // entry of plugins(); rejects with why it was refused.
    loadPlugin(source, name) {
      const request = nextRequest++;
      const known = new Set(JSON.parse(plugins()).map((p) => p.name));
      return new Promise((resolve, reject) => {
        loading.set(request, { resolve, reject });
        if (typeof source === "string") return loadPlugin(source, request);
        const ptr = M._malloc(source.length);
        if (!ptr) return reject(new Error(`out of memory for a ${source.length}-byte plugin`));
        try {
          M.HEAPU8.set(source, ptr);
          loadPluginBytes(name || "plugin.wasm", ptr, source.length, request);
        } finally {
          M._free(ptr);
        }
      }).then(() => JSON.parse(plugins()).find((p) => !known.has(p.name)));
    },
    // One request of web/cadena.js's message protocol ({op, ...}; resolves to
    // its result): the worker answers them in a browser, the npm package's
    // Node entry in-thread. A plugin arrives here as bytes ({bytes, name});
    // fetching one from a URL depends on where we run, so the caller does it.
    async handle(message) {
      const { op } = message;
      if (op === "info") return { plugins: api.plugins(), defaultConfig: api.defaultConfig() };
      if (op === "create") return api.createPipeline(message.config);
      if (op === "destroy") return api.destroyPipeline(message.pipeline);
      if (op === "run") {
        const started = performance.now();
        const json = api.runJson(message.pipeline, message.text, message.meta);
        return { json, timings: api.timings(), totalMs: performance.now() - started };
      }
      if (op === "loadPlugin" && message.bytes) return api.loadPlugin(new Uint8Array(message.bytes), message.name);
      throw new Error(`unknown operation '${op}'`);
    },
  };
  return api;
}

if (typeof module !== "undefined" && module.exports) module.exports = wrapCadena;
