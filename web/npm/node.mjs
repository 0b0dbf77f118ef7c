// The npm package's Node entry (Node >= 18): the same Cadena and Pipeline as
// the browser's (cadena.mjs), with the module run in-thread instead of in a
// Web Worker. A run blocks the event loop for as long as it takes (tens to
// hundreds of milliseconds for a news article); a service that must stay
// responsive runs it in its own worker_threads Worker.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { Cadena as BrowserCadena, Pipeline } from "./cadena.mjs";

const require = createRequire(import.meta.url);

export class Cadena extends BrowserCadena {
  // Loads the module; cadena-core.wasm is read from beside this file.
  static async load() {
    const createCadenaModule = require("./cadena-core.js");
    const wrapCadena = require("./cadena-api.js");
    const engine = wrapCadena(await createCadenaModule());
    const cadena = new this((message) => engine.handle(message));
    cadena.info = await cadena.call({ op: "info" });
    return cadena;
  }

  // A plugin from a file path, a file: or http(s): URL, or its bytes.
  async pluginRequest(source) {
    if (typeof source === "string" || source instanceof URL) {
      const url = source instanceof URL ? source : /^(https?|file):/i.test(source) ? new URL(source) : null;
      if (url && url.protocol !== "file:") {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
        return { op: "loadPlugin", bytes: await response.arrayBuffer(), name: url.href };
      }
      const path = url ? fileURLToPath(url) : source;
      const data = await readFile(path);
      return { op: "loadPlugin", bytes: data, name: basename(path) };
    }
    return super.pluginRequest(source);
  }
}

export { Pipeline };
