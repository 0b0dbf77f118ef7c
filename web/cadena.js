// Cadena's JavaScript API for pages (docs/web.md). The pipeline runs in a Web
// Worker; every call returns a promise.
//
//   const cadena = await Cadena.load();               // worker + module
//   const pipeline = await cadena.pipeline();         // the default pipeline, or pass a config
//   const doc = await pipeline.run(text, { date: "2025-07-13", lang: "es" });
//   doc.sentences, doc.entities, ...                  // cadena.doc/1, as the CLI writes it
export class Cadena {
  static async load(workerUrl = new URL("worker.js", import.meta.url)) {
    const cadena = new Cadena(new Worker(workerUrl));
    cadena.info = await cadena.call({ op: "info" });
    return cadena;
  }

  constructor(worker) {
    this.worker = worker;
    this.pending = new Map();
    this.nextId = 1;
    worker.onmessage = (event) => {
      const { id, ok, result, error } = event.data;
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (ok) p.resolve(result);
      else p.reject(new Error(error));
    };
    worker.onerror = (event) => {
      for (const p of this.pending.values()) p.reject(new Error(event.message || "the worker failed"));
      this.pending.clear();
    };
  }

  call(message) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(Object.assign({ id }, message));
    });
  }

  // The linked-in plugins and their stages: [{name, version, license, stages: [...]}].
  get plugins() { return this.info.plugins; }
  get defaultConfig() { return this.info.defaultConfig; }

  // Loads a third-party plugin (a WebAssembly side module, see docs/plugins.md)
  // from a URL, or from the bytes of a File or ArrayBuffer; resolves to its
  // {name, version, license, stages}, which can then be used in pipelines.
  async loadPlugin(source) {
    const message = { op: "loadPlugin" };
    if (typeof source === "string" || source instanceof URL) message.url = new URL(source, location.href).href;
    else {
      message.bytes = source instanceof ArrayBuffer ? source : await source.arrayBuffer();
      message.name = source.name || "plugin.wasm";
    }
    const plugin = await this.call(message);
    this.info = await this.call({ op: "info" });
    return plugin;
  }

  // A pipeline from a config object ({pipeline: [...]}); the default without one.
  async pipeline(config) {
    const handle = await this.call({ op: "create", config: config ? JSON.stringify(config) : "" });
    return new Pipeline(this, handle);
  }
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
