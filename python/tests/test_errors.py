"""Bad configs and failing documents."""

from __future__ import annotations

import json
import logging
import subprocess

import pytest

import cadena


def cli_message(cadena_bin, config_path) -> str:
    done = subprocess.run([str(cadena_bin), "run", "--config", str(config_path), "-"], input=b"",
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert done.returncode == 2
    line = done.stderr.decode("utf-8").strip().splitlines()[-1]
    assert line.startswith("cadena: error: ")
    return line[len("cadena: error: "):]


@pytest.mark.parametrize("config", [
    {"pipeline": [{"plugin": "split", "options": {"no_such_option": 1}}]},
    {"pipeline": [{"plugin": "no_such_plugin"}]},
    {"pipeline": [{"plugin": "entities"}]},  # needs sentences, which nothing writes
    {"pipeline": "split"},
])
def test_bad_config_raises_config_error_with_the_cli_message(tmp_path, cadena_bin, config):
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config))
    with pytest.raises(cadena.ConfigError) as raised:
        cadena.Pipeline(config=path)
    assert str(raised.value) == cli_message(cadena_bin, path)
    assert str(path) in str(raised.value)
    # The same config as a dict: the same message, naming the dict.
    with pytest.raises(cadena.ConfigError) as from_dict:
        cadena.Pipeline(config=config)
    assert str(from_dict.value) == str(raised.value).replace(str(path), "<config dict>")


def test_bad_config_pointer_and_missing_file(tmp_path):
    with pytest.raises(cadena.ConfigError, match=r"/pipeline/0/options/no_such_option"):
        cadena.Pipeline({"pipeline": [{"plugin": "split", "options": {"no_such_option": 1}}]})
    with pytest.raises(cadena.ConfigError, match="nothing.json"):
        cadena.Pipeline(config=tmp_path / "nothing.json")
    with pytest.raises(cadena.ConfigError, match="not expressible as JSON"):
        cadena.Pipeline({"pipeline": [{"plugin": object()}]})


def test_a_failing_document_raises_with_id_and_stage(nlp):
    with pytest.raises(cadena.DocumentError) as raised:
        nlp("   \n ", id="blank")
    assert raised.value.id == "blank" and raised.value.stage is None
    assert "blank" in str(raised.value)


def test_pipe_yields_the_documents_before_the_failure_then_raises(nlp):
    items = ["Primero llegó el tren.", {"id": "segundo", "text": "Luego el autobús."},
             {"id": "roto", "text": "Fecha mala.", "date": "2025-13-40"}, "Nunca llega."]
    got = []
    with pytest.raises(cadena.DocumentError) as raised:
        for doc in nlp.pipe(items, threads=2):
            got.append(doc.id)
    assert got == ["1", "segundo"]
    assert raised.value.id == "roto" and "date" in str(raised.value)


def test_a_stage_failure_names_the_stage(tmp_path, nlp):
    # A stage fails on a language it has no data for; which stage is the core's word.
    with pytest.raises(cadena.DocumentError) as raised:
        nlp("Hello there, this is English.", id="en1", lang="xx")
    assert raised.value.id == "en1"
    assert raised.value.stage in nlp.stages
    assert f"stage '{raised.value.stage}'" in str(raised.value)


def test_on_error_skip_logs_and_goes_on(nlp, caplog):
    items = ["Uno.", "", 42, {"text": "Cuatro."}, {"id": "cinco"}]
    with caplog.at_level(logging.WARNING, logger="cadena"):
        ids = [doc.id for doc in nlp.pipe(items, on_error="skip")]
    assert ids == ["1", "4"]
    messages = [r.getMessage() for r in caplog.records if r.name == "cadena"]
    assert len(messages) == 3
    assert messages[0].startswith("document '2'") and "int" in messages[1]
    assert messages[2].startswith("document 'cinco'") and '"text"' in messages[2]


def test_what_the_iterable_raises_comes_after_the_documents_before_it(nlp):
    def texts():
        yield "Una frase."
        yield "Otra frase."
        raise OSError("the source broke")

    got = []
    with pytest.raises(OSError, match="the source broke"):
        for doc in nlp.pipe(texts()):
            got.append(doc.id)
    assert got == ["1", "2"]


def test_bad_arguments(nlp):
    with pytest.raises(ValueError):
        nlp.pipe(["x"], threads=0)
    with pytest.raises(ValueError):
        nlp.pipe(["x"], on_error="ignore")
    with pytest.raises(TypeError):
        nlp.pipe("a text, not a list")
    with pytest.raises(TypeError):
        nlp.pipe(17)
    with pytest.raises(TypeError):
        nlp(b"bytes")
    with pytest.raises(cadena.DocumentError, match="surrogate"):
        nlp("bad \udc80 text")
