// Runs Cadena in a Web Worker so that the page stays responsive on long texts.
// Messages in: {id, op: "create"|"run"|"destroy"|"info"|"loadPlugin", ...}; out: {id, ok, result|error}.
// The module and its .wasm are found beside this script.
importScripts("cadena-core.js", "cadena-api.js");

const ready = createCadenaModule().then(wrapCadena);

self.onmessage = async (event) => {
  const { id, op, url } = event.data;
  try {
    const cadena = await ready;
    let result;
    if (op === "loadPlugin" && url) {
      // A URL on this server goes to emscripten_dlopen as a path (see
      // side_plugins.hpp); one elsewhere is fetched here. Bytes (a picked
      // file) go through handle() like every other request.
      if (new URL(url).origin === self.location.origin) {
        result = await cadena.loadPlugin(new URL(url).pathname);
      } else {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        result = await cadena.loadPlugin(new Uint8Array(await response.arrayBuffer()), url);
      }
    } else {
      result = await cadena.handle(event.data);
    }
    self.postMessage({ id, ok: true, result });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
};
