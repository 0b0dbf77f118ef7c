// A thin JavaScript face over the module's C functions (web/bindings.cpp),
// shared by the Web Worker and by Node (tests, benchmarks). Classic script:
// loaded with importScripts() in the worker and require() in Node.
function wrapCadena(M) {
  const create = M.cwrap("cadena_create", "number", ["string"]);
  const destroy = M.cwrap("cadena_destroy", null, ["number"]);
  const run = M.cwrap("cadena_run", "number", ["number", "number"]);
  const error = M.cwrap("cadena_error", "string", []);
  const timings = M.cwrap("cadena_timings", "string", []);
  const plugins = M.cwrap("cadena_plugins", "string", []);
  const defaultConfig = M.cwrap("cadena_default_config", "string", []);
  return {
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
  };
}

if (typeof module !== "undefined" && module.exports) module.exports = wrapCadena;
