"""cadena.entity_index and cadena.corpus_summary give what the CLI writes."""

from __future__ import annotations

import json
import subprocess

import pytest

import cadena
from conftest import CORPUS, corpus_items


@pytest.fixture(scope="module")
def cli_outputs(tmp_path_factory, cadena_bin):
    out = tmp_path_factory.mktemp("cli")
    subprocess.run([str(cadena_bin), "run", "--quiet", "--entity-index", str(out / "index.json"),
                    "--corpus-summary", str(out / "story.json"), str(CORPUS), "-o", str(out / "docs.jsonl")],
                   check=True)
    return (json.loads((out / "index.json").read_text("utf-8")),
            json.loads((out / "story.json").read_text("utf-8")))


def test_entity_index_matches_the_cli(nlp, cli_outputs):
    index = cadena.entity_index(nlp.pipe(corpus_items(), threads=2))
    assert index == cli_outputs[0]
    assert any(len(entry["mentions"]) > 1 for entry in index.values())


def test_corpus_summary_matches_the_cli(nlp, cli_outputs):
    summary = cadena.corpus_summary(nlp.pipe(corpus_items(), threads=2))
    assert summary == cli_outputs[1]
    assert list(summary) == ["sentences", "text"] and summary["sentences"]


def test_corpus_outputs_check_their_input(nlp):
    with pytest.raises(TypeError):
        cadena.entity_index(["not a doc"])
    other = cadena.Pipeline({"pipeline": [{"plugin": "clean"}, {"plugin": "split"}]})
    docs = [nlp("Una frase en Madrid."), other("Otra frase en Roma.")]
    with pytest.raises(ValueError, match="another Pipeline"):
        cadena.corpus_summary(docs)
    no_sentences = cadena.Pipeline({"pipeline": [{"plugin": "clean"}]})
    with pytest.raises(ValueError, match="corpus_summary"):
        cadena.corpus_summary([no_sentences("Hola.")])
