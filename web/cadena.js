// Cadena's JavaScript API for pages (docs/web.md), and the browser entry of
// the npm package (docs/web.md, "Install from npm"). The pipeline runs in a
// Web Worker; every call returns a promise.
//
//   const cadena = await Cadena.load();               // worker + module
//   const pipeline = await cadena.pipeline();         // the default pipeline, or pass a config
//   const doc = await pipeline.run(text, { date: "2025-07-13", lang: "es" });
//   doc.sentences, doc.entities, ...                  // cadena.doc/1, as the CLI writes it
//
// Cadena itself only sends requests ({op, ...}, answered by cadenaApi.handle()
// in web/cadena-api.js) through `call`; the npm package's Node entry
// (web/npm/node.mjs) answers the same requests in-thread instead of in a worker.
export class Cadena {
  // worker.js, cadena-core.js and cadena-core.wasm are found beside this file.
  static async load(workerUrl = new URL("worker.js", import.meta.url)) {
    const channel = workerChannel(new Worker(workerUrl));
    const cadena = new this(channel.call, channel.close);
    cadena.info = await cadena.call({ op: "info" });
    return cadena;
  }

  // call(message) resolves to the request's result; close() releases what runs it.
  constructor(call, close = () => {}) {
    this.call = call;
    this.closeChannel = close;
  }

  // The linked-in plugins and their stages: [{name, version, license, stages: [...]}].
  get plugins() { return this.info.plugins; }
  get defaultConfig() { return this.info.defaultConfig; }

  // Loads a third-party plugin (a WebAssembly side module, see docs/plugins.md)
  // from a URL, or from the bytes of a File or ArrayBuffer; resolves to its
  // {name, version, license, stages}, which can then be used in pipelines.
  async loadPlugin(source) {
    const plugin = await this.call(await this.pluginRequest(source));
    this.info = await this.call({ op: "info" });
    return plugin;
  }

  // The loadPlugin request for a source: a URL (relative to the page) or bytes.
  async pluginRequest(source) {
    if (typeof source === "string" || source instanceof URL)
      return { op: "loadPlugin", url: new URL(source, location.href).href };
    const bytes = source instanceof ArrayBuffer ? source
                : ArrayBuffer.isView(source) ? source.slice().buffer : await source.arrayBuffer();
    return { op: "loadPlugin", bytes, name: source.name || "plugin.wasm" };
  }

  // A pipeline from a config object ({pipeline: [...]}); the default without one.
  async pipeline(config) {
    const handle = await this.call({ op: "create", config: config ? JSON.stringify(config) : "" });
    return new Pipeline(this, handle);
  }

  // Stops the worker: pending calls reject, and so do later ones.
  close() { this.closeChannel(); }
}

export class Pipeline {
  constructor(cadena, handle) {
    this.cadena = cadena;
    this.handle = handle;
    this.lastTimings = [];
  }

  // Resolves to the cadena.doc/1 object; meta: {id, date, lang, format, type}.
  async run(text, meta = {}) {
    const r = await this.runJson(text, meta);
    return JSON.parse(r.json);
  }

  // Resolves to {json (the exact text the CLI would write), timings, totalMs}.
  async runJson(text, meta = {}) {
    const r = await this.cadena.call({ op: "run", pipeline: this.handle, text, meta });
    this.lastTimings = r.timings;
    return r;
  }

  destroy() { return this.cadena.call({ op: "destroy", pipeline: this.handle }); }
}

// Requests to a worker running worker.js, each answered by {id, ok, result|error}.
function workerChannel(worker) {
  const pending = new Map();
  let nextId = 1;
  let closed = false;
  worker.onmessage = (event) => {
    const { id, ok, result, error } = event.data;
    const p = pending.get(id);
    pending.delete(id);
    if (ok) p.resolve(result);
    else p.reject(new Error(error));
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || "the worker failed"));
    pending.clear();
  };
  const call = (message) => new Promise((resolve, reject) => {
    if (closed) return reject(new Error("Cadena was closed"));
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage(Object.assign({ id }, message));
  });
  const close = () => {
    closed = true;
    worker.terminate();
    for (const p of pending.values()) p.reject(new Error("Cadena was closed"));
    pending.clear();
  };
  return { call, close };
}
