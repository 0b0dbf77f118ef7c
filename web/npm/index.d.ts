// TypeScript declarations of the cadena npm package: the API of docs/web.md
// and the cadena.doc/1 document of docs/schema.md. The same declarations
// serve the browser entry (cadena.mjs, a Web Worker) and the Node entry
// (node.mjs, in-thread). They name no DOM or Node type, so they check with
// any `lib` setting.

/** A span of the cleaned text. Offsets are Unicode code points, half-open. */
export interface Span {
  start: number;
  end: number;
  /** Code points into the original input (the HTML source for `format: "html"`). */
  orig_start: number;
  orig_end: number;
  /** `text.slice(start, end)` of the document, counted in code points. */
  text: string;
  /** Attributes a stage set beyond the ones declared here. */
  [attribute: string]: unknown;
}

/** An element of the `entities` layer (stage `entities`, docs/ner.md). */
export interface Entity extends Span {
  label: "PER" | "LOC" | "ORG" | "MISC";
  /** Equal across spellings of one name and across documents. */
  key: string;
}

/** An element of the `numbers` layer (stage `numbers`, docs/numbers-dates.md). */
export interface NumberSpan extends Span {
  value: number;
  kind: "cardinal" | "decimal" | "fraction" | "ordinal" | "percent" | "currency" | "range" | (string & {});
  /** `%`, or an ISO 4217 code, when there is one. */
  unit?: string;
  /** The ends of a range. */
  min?: number;
  max?: number;
}

/** An element of the `dates` layer (stage `dates`, docs/numbers-dates.md). */
export interface DateSpan extends Span {
  /** TIMEX3: `2025-07-13`, `2024-06`, `P3D`, `XXXX-WXX-2`. */
  value: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** What the words alone say, before anchoring to the reference date. */
  timex_underspecified?: string;
  /** TIMEX3 modifier: `START`, `END`, `APPROX`... */
  mod?: string;
}

export interface SummarySentence extends Span {
  score: number;
}

/** The `summary` layer (stage `summarize`): an object, not an array. */
export interface Summary {
  /** In document order. */
  sentences: SummarySentence[];
  /** Their texts joined by a space. */
  text: string;
}

/** One document as `cadena run` writes it (docs/schema.md). A layer is present only when a stage of the pipeline writes it. */
export interface CadenaDoc {
  schema: "cadena.doc/1";
  id: string;
  lang: string;
  /** The reference date, `YYYY-MM-DD`, or null when none was given or found. */
  date: string | null;
  type: string;
  /** The cleaned text (the original when no stage cleans). */
  text: string;
  sentences?: Span[];
  entities?: Entity[];
  numbers?: NumberSpan[];
  dates?: DateSpan[];
  summary?: Summary;
  /** Layers of other stages (third-party plugins). */
  [layer: string]: unknown;
}

/** What a document comes with; everything is optional. */
export interface RunMeta {
  /** Default `"document"`. */
  id?: string;
  /** Reference date for relative dates, `YYYY-MM-DD`. */
  date?: string;
  /** Default `"es"`. */
  lang?: string;
  /** Default `"text"`. */
  format?: "text" | "html";
  /** Default `"news"`. */
  type?: string;
}

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface RunJsonResult {
  /** The exact JSON line `cadena run` would write for this document. */
  json: string;
  /** Time each stage took in this run. */
  timings: StageTiming[];
  totalMs: number;
}

/** One stage of a pipeline config, as in `cadena run --config` (docs/plugins.md). */
export interface StageConfig {
  /** The stage to run: a stage name a plugin registers (`Cadena.plugins[i].stages[j].name`). */
  plugin: string;
  /** Unique in the pipeline; default: the plugin's name. */
  name?: string;
  /** Checked against the stage's known options; an unknown one is refused. */
  options?: Record<string, unknown>;
}

export interface PipelineConfig {
  pipeline: StageConfig[];
}

export interface StageInfo {
  name: string;
  description: string;
  /** Layers the stage reads. */
  needs: string[];
  /** Layers the stage writes. */
  writes: string[];
  /** Its options with their defaults. */
  options: Record<string, unknown>;
}

export interface PluginInfo {
  name: string;
  version: string;
  /** SPDX identifier. */
  license: string;
  description: string;
  stages: StageInfo[];
}

/** Bytes of a plugin: an ArrayBuffer, a typed array (a Node Buffer), or a File / Blob. */
export type PluginBytes = ArrayBuffer | ArrayBufferView | { arrayBuffer(): Promise<ArrayBuffer>; name?: string };

export declare class Pipeline {
  /** Made by `cadena.pipeline()`. */
  private constructor();
  /** Timings of the last run. */
  readonly lastTimings: StageTiming[];
  /** Runs one document; rejects with the reason a stage gave. */
  run(text: string, meta?: RunMeta): Promise<CadenaDoc>;
  /** Runs one document and keeps the exact JSON text. */
  runJson(text: string, meta?: RunMeta): Promise<RunJsonResult>;
  /** Frees the pipeline; it cannot run again. */
  destroy(): Promise<void>;
}

export declare class Cadena {
  /** Made by `Cadena.load()`. */
  private constructor();
  /**
   * Loads the module. In a browser it starts a Web Worker (`worker.js`, found
   * beside the package's `cadena.mjs` unless `workerUrl` says where); in Node it
   * runs in-thread and `workerUrl` is not used.
   */
  static load(workerUrl?: string | { readonly href: string }): Promise<Cadena>;
  /** The plugins linked in, and those loaded since. */
  readonly plugins: PluginInfo[];
  /** The default pipeline, the CLI's. */
  readonly defaultConfig: PipelineConfig;
  /**
   * A pipeline from a config; the default without one. Rejects with the CLI's
   * message, naming the stage and the JSON pointer of a bad option.
   */
  pipeline(config?: PipelineConfig): Promise<Pipeline>;
  /**
   * Loads a third-party plugin (a WebAssembly side module). A string or URL is
   * a URL in a browser (relative to the page), a file path or a file:/http(s):
   * URL in Node. Resolves to the new plugin; rejects with why it was refused.
   */
  loadPlugin(source: string | { readonly href: string } | PluginBytes): Promise<PluginInfo>;
  /** Stops the worker (browser); pending and later calls reject. */
  close(): void;
}
