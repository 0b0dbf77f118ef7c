// A small typed program against the package's declarations, checked by
// scripts/test-npm with `tsc --noEmit` (module node16, strict, no DOM or Node
// types). The @ts-expect-error lines must be errors: they fail the check if
// the declarations were loose (any) or wrong.
import { Cadena, Pipeline, type CadenaDoc, type Entity, type PipelineConfig } from "cadena";

declare const console: { log(...values: unknown[]): void };  // no DOM or Node types here

async function people(text: string): Promise<string[]> {
  const cadena: Cadena = await Cadena.load();
  const config: PipelineConfig = { pipeline: [...cadena.defaultConfig.pipeline, { plugin: "summarize", name: "short", options: { sentences: 1 } }] };
  const pipeline: Pipeline = await cadena.pipeline(config);
  const doc: CadenaDoc = await pipeline.run(text, { id: "a1", date: "2025-07-13", lang: "es", format: "text" });
  const { json, timings, totalMs } = await pipeline.runJson(text);
  const slowest: string = timings.reduce((a, b) => (a.ms > b.ms ? a : b)).stage;
  console.log(json.length, totalMs.toFixed(1), slowest, doc.summary?.text, doc.dates?.[0]?.value);
  const years: number[] = (doc.numbers ?? []).map((n) => n.value);
  console.log(years, doc.date ?? "no date", cadena.plugins.map((p) => `${p.name} ${p.version} (${p.license})`));
  await pipeline.destroy();

  // @ts-expect-error: a span's start is a number
  const start: string = doc.sentences![0].start;
  // @ts-expect-error: the format is "text" or "html"
  await pipeline.run(text, { format: "pdf" });
  // @ts-expect-error: run() needs the text
  await pipeline.run();
  // @ts-expect-error: pipelines come from cadena.pipeline()
  new Pipeline();
  // @ts-expect-error: no such label
  const label: Entity["label"] = "PERSON";
  console.log(start, label);

  const entities: Entity[] = doc.entities ?? [];
  return entities.filter((e) => e.label === "PER").map((e) => e.text);
}

people("El presidente Pedro Sánchez visitó Valencia el martes.").then((names) => console.log(names));
