"""A user's plugins through plugin_path= and CADENA_PLUGIN_PATH (the test
plugins of tests/core, built in <build>/test-plugins)."""

from __future__ import annotations

import shutil

import pytest

import cadena
from conftest import BUILD

TEST_PLUGINS = BUILD / "test-plugins"
SHOUT = {"pipeline": [{"plugin": "shout", "options": {"min_length": 3}}]}


@pytest.fixture(scope="module", autouse=True)
def built():
    if not (TEST_PLUGINS / "libshout.so").exists():
        pytest.fail(f"{TEST_PLUGINS}/libshout.so is missing: build the native tests first (make build)")


def test_plugin_path_loads_a_users_stage():
    nlp = cadena.Pipeline(SHOUT, plugin_path=[TEST_PLUGINS / "libshout.so"])
    doc = nlp("la OTAN y la UE en NY")
    assert [(s.text, s["length"]) for s in doc["loud"]] == [("OTAN", 4)]


def test_cadena_plugin_path_is_honoured(monkeypatch):
    with pytest.raises(cadena.ConfigError, match="shout"):
        cadena.Pipeline(SHOUT)
    monkeypatch.setenv("CADENA_PLUGIN_PATH", str(TEST_PLUGINS / "libshout.so"))
    assert cadena.Pipeline(SHOUT)("AAA bbb")["loud"][0].text == "AAA"
    assert "shout" in {p.name for p in cadena.plugins() if p.loaded}


def test_refused_plugins_are_logged_and_listed(tmp_path, caplog):
    # Not the whole folder: its plugins that crash while loading would make
    # pytest's faulthandler print from the loader's probe process.
    for name in ("libshout.so", "libnot_a_library.so", "libother_major.so"):
        shutil.copy(TEST_PLUGINS / name, tmp_path / name)
    with caplog.at_level("WARNING", logger="cadena"):
        cadena.Pipeline(SHOUT, plugin_path=[tmp_path])
    refused = sorted(r.getMessage() for r in caplog.records if r.name == "cadena")
    assert len(refused) == 2
    assert refused[0].startswith(f"plugin refused: {tmp_path / 'libnot_a_library.so'}: ")
    assert refused[1].startswith(f"plugin refused: {tmp_path / 'libother_major.so'}: ")
    listed = {p.path: p for p in cadena.plugins(tmp_path)}
    assert listed[str(tmp_path / "libshout.so")].loaded
    assert "not a loadable shared library" in listed[str(tmp_path / "libnot_a_library.so")].reason
    assert "ABI" in listed[str(tmp_path / "libother_major.so")].reason


def test_a_stage_failure_names_the_stage_in_pipe():
    config = {"pipeline": [{"plugin": "shout"}, {"name": "gate", "plugin": "refuse"}]}
    nlp = cadena.Pipeline(config, plugin_path=[TEST_PLUGINS / "libshout.so", TEST_PLUGINS / "libstatus_error.so"])
    items = [{"id": "a", "text": "todo BIEN"}, {"id": "b", "text": "please FAIL now"}, "MUTE it", "ok"]
    got = []
    with pytest.raises(cadena.DocumentError) as raised:
        for doc in nlp.pipe(items, threads=2):
            got.append(doc.id)
    assert got == ["a"]
    assert (raised.value.id, raised.value.stage) == ("b", "shout")  # shout throws on FAIL first
    skipped = [doc.id for doc in nlp.pipe(items, on_error="skip")]
    assert skipped == ["a", "4"]
    with pytest.raises(cadena.DocumentError) as muted:
        nlp("MUTE it", id="m")
    assert (muted.value.id, muted.value.stage) == ("m", "gate")
