"""The documents Python gives are the ones the CLI writes."""

from __future__ import annotations

import subprocess

import cadena
from conftest import CORPUS, corpus_items


def test_corpus_to_json_is_byte_identical_to_cadena_run(nlp, cadena_bin):
    cli = subprocess.run([str(cadena_bin), "run", "--quiet", str(CORPUS)], check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8").splitlines()
    python = [doc.to_json() for doc in nlp.pipe(corpus_items(), threads=2)]
    assert len(cli) == 5
    assert python == cli


def test_calling_the_pipeline_gives_the_same_line_as_pipe(nlp):
    item = corpus_items()[1]
    doc = nlp(item["text"], id=item["id"])
    assert doc.to_json() == next(iter(nlp.pipe([item]))).to_json()


def test_every_span_of_every_layer_is_its_text_slice(nlp):
    spans = 0
    for doc in nlp.pipe(corpus_items(), threads=2):
        assert doc.layers, doc.id
        for layer in doc.layers:
            value = doc[layer]
            found = value if isinstance(value, list) else [cadena.Span(s) for s in value["sentences"]]
            for span in found:
                assert doc.text[span.start:span.end] == span.text, (doc.id, layer, span)
                spans += 1
    assert spans > 100


def test_doc_fields_layers_and_attributes(nlp):
    doc = nlp("El presidente Pedro Sánchez viajó a Bruselas el lunes con 3.000 millones de euros.",
              id="a1", date="2025-03-12")
    assert (doc.id, doc.lang, doc.date, doc.type) == ("a1", "es", "2025-03-12", "news")
    assert doc.layers == ["dateline", "sentences", "entities", "dates", "numbers", "summary"]
    names = {(e.text, e.label) for e in doc["entities"]}
    assert ("Pedro Sánchez", "PER") in names and ("Bruselas", "LOC") in names
    monday = [d for d in doc["dates"] if d.text == "lunes"]
    assert monday and monday[0]["value"] == "2025-03-10" and monday[0].attrs["type"] == "DATE"
    assert "start" not in monday[0].attrs and monday[0].label is None
    money = doc["numbers"][0]
    assert (money.text, money["value"], money["unit"]) == ("3.000 millones de euros", 3_000_000_000, "EUR")
    summary = doc["summary"]
    assert summary == doc.to_dict()["summary"] and summary["text"]
    data = doc.to_dict()
    assert data["schema"] == "cadena.doc/1" and data["text"] == doc.text


def test_a_date_object_and_html_input(nlp):
    import datetime
    doc = nlp("<html><body><p>Ayer llovió en Sevilla.</p></body></html>", format="html",
              date=datetime.date(2025, 1, 2))
    assert doc.date == "2025-01-02"
    assert "<p>" not in doc.text and "Sevilla" in doc.text
    assert [d["value"] for d in doc["dates"]] == ["2025-01-01"]


def test_version_and_plugins():
    assert cadena.__version__.count(".") == 2
    found = cadena.plugins()
    loaded = {p.name for p in found if p.loaded}
    assert {"clean", "split", "ner", "numbers", "dates", "summarize"} <= loaded
    assert all(p["path"] for p in found)


def test_plugins_lists_refusals_with_reasons(tmp_path):
    bogus = tmp_path / "libnot_a_plugin.so"
    bogus.write_bytes(b"not an ELF file")
    refused = [p for p in cadena.plugins(plugin_path=[tmp_path]) if not p.loaded]
    assert [p.path for p in refused] == [str(bogus)]
    assert refused[0].reason
