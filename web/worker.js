// Runs Cadena in a Web Worker so that the page stays responsive on long texts.
// Messages in: {id, op: "create"|"run"|"destroy"|"info", ...}; out: {id, ok, result|error}.
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
