// Runs Cadena in a Web Worker so that the page stays responsive on long texts.
// Messages in: {id, op: "create"|"run"|"destroy"|"info"|"loadPlugin", ...}; out: {id, ok, result|error}.
importScripts("cadena-core.js", "cadena-api.js");

const ready = createCadenaModule().then(wrapCadena);

self.onmessage = async (event) => {
  const { id, op } = event.data;
  try {
    const cadena = await ready;
    let result;
    if (op === "create") {
      result = cadena.createPipeline(event.data.config);
    } else if (op === "run") {
      const started = performance.now();
      const json = cadena.runJson(event.data.pipeline, event.data.text, event.data.meta);
      result = { json, timings: cadena.timings(), totalMs: performance.now() - started };
    } else if (op === "destroy") {
      cadena.destroyPipeline(event.data.pipeline);
    } else if (op === "loadPlugin") {
      // From the page: an absolute URL, or a file's bytes and name. A URL on
      // this server goes to emscripten_dlopen as a path (see side_plugins.hpp);
      // one elsewhere is fetched here.
      const { url, bytes, name } = event.data;
      if (bytes) {
        result = await cadena.loadPlugin(new Uint8Array(bytes), name);
      } else if (new URL(url).origin === self.location.origin) {
        result = await cadena.loadPlugin(new URL(url).pathname);
      } else {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        result = await cadena.loadPlugin(new Uint8Array(await response.arrayBuffer()), url);
      }
    } else if (op === "info") {
      result = { plugins: cadena.plugins(), defaultConfig: cadena.defaultConfig() };
    } else {
      throw new Error(`unknown operation '${op}'`);
    }
    self.postMessage({ id, ok: true, result });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
};
