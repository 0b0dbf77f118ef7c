// The demo page: runs Cadena in a worker and renders a cadena.doc/1 document.
import { Cadena } from "./cadena.js";

const $ = (id) => document.getElementById(id);
const MARK_LAYERS = ["entities", "numbers", "dates"];
const ENTITY_NAMES = { PER: "persona", LOC: "lugar", ORG: "organización", MISC: "otros" };

let cadena;
const pipelines = new Map(); // config JSON -> Pipeline
const pluginLayers = new Set(); // layers written by plugins loaded at run time
let lastJson = "";
let lastId = "documento";

async function main() {
  try {
    cadena = await Cadena.load();
  } catch (err) {
    return showError(`No se pudo cargar el módulo: ${err.message}`);
  }
  buildStageToggles();
  await listCorpus();
  $("run").disabled = false;
  $("run").textContent = "Procesar";
  $("run").addEventListener("click", run);
  $("article").addEventListener("change", loadArticle);
  $("download").addEventListener("click", download);
  $("plugin-load").disabled = $("plugin-file").disabled = false;
  $("plugin-load").addEventListener("click", () => loadPlugin($("plugin-url").value.trim()));
  $("plugin-file").addEventListener("change", () => {
    const file = $("plugin-file").files[0];
    if (file) loadPlugin(file);
  });
  for (const tab of document.querySelectorAll("[role=tab]")) tab.addEventListener("click", () => showTab(tab.dataset.tab));
}

// One checkbox per stage of the default pipeline (in its order), then any other linked-in stage.
function buildStageToggles() {
  const box = $("stages");
  const stages = cadena.defaultConfig.pipeline.map((s) => ({ name: s.name || s.plugin, plugin: s.plugin, on: true }));
  for (const plugin of cadena.plugins)
    for (const s of plugin.stages)
      if (!stages.some((x) => x.plugin === s.name)) stages.push({ name: s.name, plugin: s.name, on: false });
  for (const s of stages) addStageToggle(s);
}

function addStageToggle(s) {
  const label = document.createElement("label");
  const input = document.createElement("input");
  input.type = "checkbox";
  input.checked = s.on;
  input.dataset.plugin = s.plugin;
  input.dataset.name = s.name;
  label.append(input, " ", s.name);
  $("stages").append(label);
}

// A third-party plugin from a URL or a picked file: its stages join the
// pipeline, at the end and switched on.
async function loadPlugin(source) {
  if (!source) return showError("Indique la URL de un plugin (.wasm).");
  setStatus("Cargando el plugin…");
  try {
    const plugin = await cadena.loadPlugin(source);
    for (const s of plugin.stages) {
      addStageToggle({ name: s.name, plugin: s.name, on: true });
      for (const layer of s.writes) pluginLayers.add(layer);
    }
    setStatus(`Plugin ${plugin.name} ${plugin.version} (${plugin.license}) cargado: etapa ${plugin.stages.map((s) => s.name).join(", ")}.`);
  } catch (err) {
    showError(`Plugin rechazado: ${err.message}`);
  } finally {
    $("plugin-file").value = "";
  }
}

function selectedConfig() {
  const pipeline = [];
  for (const input of $("stages").querySelectorAll("input:checked"))
    pipeline.push({ name: input.dataset.name, plugin: input.dataset.plugin });
  return { pipeline };
}

async function listCorpus() {
  try {
    const files = await (await fetch("corpus/index.json")).json();
    for (const f of files) {
      const option = document.createElement("option");
      option.value = f;
      option.textContent = f.replace(/\.txt$/, "");
      $("article").append(option);
    }
    if (files.length) {
      $("article").value = files[0];
      await loadArticle();
    }
  } catch (err) {
    showError(`No se pudo leer el corpus: ${err.message}`);
  }
}

async function loadArticle() {
  const file = $("article").value;
  if (!file) return;
  $("text").value = await (await fetch(`corpus/${file}`)).text();
  $("format").value = "text";
  lastId = file.replace(/\.[^.]*$/, "");
}

async function pipelineFor(config) {
  const key = JSON.stringify(config);
  if (!pipelines.has(key)) pipelines.set(key, await cadena.pipeline(config));
  return pipelines.get(key);
}

async function run() {
  const text = $("text").value;
  if (!text.trim()) return showError("No hay texto que procesar.");
  const config = selectedConfig();
  if (!config.pipeline.length) return showError("Elija al menos una etapa.");
  $("run").disabled = true;
  setStatus("Procesando…");
  try {
    const pipeline = await pipelineFor(config);
    const meta = { id: $("article").value ? lastId : "documento", lang: $("lang").value, format: $("format").value };
    if ($("date").value) meta.date = $("date").value;
    const result = await pipeline.runJson(text, meta);
    lastJson = result.json;
    lastId = meta.id;
    render(JSON.parse(result.json), result);
    setStatus(`Listo en ${result.totalMs.toFixed(1)} ms.`);
  } catch (err) {
    showError(err.message);
  } finally {
    $("run").disabled = false;
  }
}

// Offsets in cadena.doc/1 count code points; JavaScript strings count UTF-16 units.
class CodePoints {
  constructor(text) { this.cps = Array.from(text); }
  slice(a, b) { return this.cps.slice(a, b).join(""); }
  get length() { return this.cps.length; }
}

function render(doc, result) {
  $("output").hidden = false;
  const text = new CodePoints(doc.text);
  const summaryStarts = new Set((doc.summary?.sentences || []).map((s) => s.start));
  const marks = [];
  for (const layer of MARK_LAYERS)
    for (const span of doc[layer] || []) marks.push({ layer, span });
  marks.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);

  const units = doc.sentences || paragraphs(text);
  const article = $("document");
  article.replaceChildren();
  let para = document.createElement("p");
  article.append(para);
  let at = 0;
  for (const unit of units) {
    para = appendGap(article, para, text.slice(at, unit.start));
    const el = document.createElement("span");
    if (doc.sentences) {
      el.className = "sentence" + (summaryStarts.has(unit.start) ? " in-summary" : "");
    }
    appendMarked(el, text, unit.start, unit.end, marks.filter((m) => m.span.start >= unit.start && m.span.end <= unit.end));
    para.append(el);
    at = unit.end;
  }
  appendGap(article, para, text.slice(at, text.length));

  $("summary-box").hidden = !doc.summary;
  $("summary").textContent = doc.summary ? doc.summary.text : "";
  renderLegend(doc);
  renderPluginLayers(doc);
  renderTimings(result);
  $("json").textContent = JSON.stringify(doc, null, 2);
}

// Paragraphs stand where the cleaned text has a blank line.
function appendGap(article, para, gap) {
  const parts = gap.split(/\n\s*\n/);
  parts.forEach((part, i) => {
    if (i > 0) {
      para = document.createElement("p");
      article.append(para);
    }
    if (part) para.append(part);
  });
  return para;
}

function paragraphs(text) {
  const units = [];
  const whole = text.slice(0, text.length);
  let offset = 0;
  for (const part of whole.split(/(\n\s*\n)/)) {
    const n = Array.from(part).length;
    if (part.trim() && !/^\n\s*\n$/.test(part)) units.push({ start: offset, end: offset + n });
    offset += n;
  }
  return units;
}

// Renders text[start, end) with marks nested where one lies inside another;
// a mark that only partly overlaps an earlier one is left out.
function appendMarked(parent, text, start, end, marks) {
  let at = start;
  let i = 0;
  while (i < marks.length) {
    const m = marks[i];
    if (m.span.start < at) { i++; continue; }
    if (m.span.start > at) parent.append(text.slice(at, m.span.start));
    const el = markElement(m);
    let j = i + 1;
    while (j < marks.length && marks[j].span.start < m.span.end) j++;
    const inner = marks.slice(i + 1, j).filter((x) => x.span.end <= m.span.end);
    appendMarked(el, text, m.span.start, m.span.end, inner);
    parent.append(el);
    at = m.span.end;
    i = j;
  }
  if (at < end) parent.append(text.slice(at, end));
}

function markElement({ layer, span }) {
  const el = document.createElement("span");
  if (layer === "entities") {
    el.className = `entity ${span.label}`;
    el.dataset.label = span.label;
    if (span.key) el.title = `${ENTITY_NAMES[span.label] || span.label} · clave: ${span.key}`;
  } else {
    el.className = layer === "numbers" ? "number" : "date";
    const details = [`valor: ${span.value}`];
    if (span.kind) details.push(span.kind);
    if (span.type) details.push(span.type);
    if (span.unit) details.push(span.unit);
    el.title = details.join(" · ");
    el.dataset.value = String(span.value);
  }
  return el;
}

// A layer this page knows nothing about: each span's text and attributes, in
// the order the stage wrote them.
const OFFSET_KEYS = new Set(["start", "end", "orig_start", "orig_end", "text"]);
function renderPluginLayers(doc) {
  const box = $("plugin-layers");
  box.replaceChildren();
  for (const layer of pluginLayers) {
    if (!Array.isArray(doc[layer])) continue;
    const title = document.createElement("h2");
    title.className = "small";
    title.textContent = `${layer} (${doc[layer].length})`;
    const list = document.createElement("ol");
    list.dataset.layer = layer;
    for (const span of doc[layer]) {
      const item = document.createElement("li");
      const attrs = Object.entries(span).filter(([k]) => !OFFSET_KEYS.has(k))
        .map(([k, v]) => `${k}: ${typeof v === "number" && !Number.isInteger(v) ? v.toFixed(2) : v}`);
      item.append(span.text, attrs.length ? ` — ${attrs.join(" · ")}` : "");
      list.append(item);
    }
    box.append(title, list);
  }
  box.hidden = !box.children.length;
}

function renderLegend(doc) {
  const legend = $("legend");
  legend.replaceChildren();
  const labels = new Set((doc.entities || []).map((e) => e.label));
  for (const label of ["PER", "LOC", "ORG", "MISC"]) {
    if (!labels.has(label)) continue;
    const s = document.createElement("span");
    s.className = label;
    s.textContent = ENTITY_NAMES[label];
    legend.append(s);
  }
  if ((doc.numbers || []).length) legend.append(swatch("swatch-number", "número (valor al pasar el ratón)"));
  if ((doc.dates || []).length) legend.append(swatch("swatch-date", "fecha (valor al pasar el ratón)"));
  if (doc.sentences) legend.append(swatch("", `${doc.sentences.length} oraciones, separadas por │`));
}

function swatch(cls, text) {
  const s = document.createElement("span");
  s.className = cls;
  s.textContent = text;
  return s;
}

function renderTimings(result) {
  const table = $("timings");
  table.replaceChildren();
  for (const t of result.timings) table.append(row(t.stage, `${t.ms.toFixed(2)} ms`));
  table.append(row("total (con el paso al worker)", `${result.totalMs.toFixed(2)} ms`));
}

function row(a, b) {
  const tr = document.createElement("tr");
  for (const v of [a, b]) {
    const td = document.createElement("td");
    td.textContent = v;
    tr.append(td);
  }
  return tr;
}

function showTab(name) {
  for (const tab of document.querySelectorAll("[role=tab]")) tab.setAttribute("aria-selected", String(tab.dataset.tab === name));
  $("tab-read").hidden = name !== "read";
  $("tab-json").hidden = name !== "json";
}

function download() {
  const blob = new Blob([lastJson + "\n"], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${lastId}.json`;
  a.click();
  URL.revokeObjectURL(a.href);
}

function setStatus(message) {
  $("status").textContent = message;
  $("status").className = "";
}

function showError(message) {
  $("status").textContent = message;
  $("status").className = "error";
}

main();
