"""The offline install in a fresh virtual environment, and the wheel, exactly
as the README gives them. Slow the first time (CMake builds the package);
CADENA_CMAKE_BUILD_DIR keeps that build beside the build folder (<build>-pip,
at the same depth, so that ccache finds the objects of <build>) for the next run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import BUILD, REPO

SYSTEM_PYTHON = "/usr/bin/python3"


def run(command, cwd, env=None):
    done = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert done.returncode == 0, f"{command} failed:\n{done.stdout.decode('utf-8', 'replace')[-6000:]}"
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def build_env():
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the installed package, not the build tree's
    env["PIP_NO_INDEX"] = "1"  # offline: anything fetched would fail
    env["CADENA_CMAKE_BUILD_DIR"] = str(BUILD.parent / (BUILD.name + "-pip"))
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
    if shutil.which("ccache"):
        env["CMAKE_ARGS"] = "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache"
    return env


PROBE = """
import json, os, cadena
doc = cadena.Pipeline()("El ministro Luis Planas visitó Valencia ayer.", id="x", date="2025-05-06")
print(json.dumps({"file": cadena.__file__, "version": cadena.__version__,
                  "plugins": [p.path for p in cadena.plugins() if p.loaded],
                  "refused": [p.reason for p in cadena.plugins() if not p.loaded],
                  "json": doc.to_json()}))
"""


def test_venv_install_works_from_any_folder(tmp_path, build_env, nlp):
    venv = tmp_path / "v"
    run([SYSTEM_PYTHON, "-m", "venv", "--system-site-packages", str(venv)], cwd=tmp_path)
    run([str(venv / "bin" / "pip"), "install", "--no-build-isolation", str(REPO / "python")],
        cwd=tmp_path, env=build_env)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in build_env.items() if k != "CADENA_PLUGIN_PATH"}
    probe = json.loads(run([str(venv / "bin" / "python"), "-c", PROBE], cwd=elsewhere, env=env))
    package = os.path.dirname(probe["file"])
    assert package.startswith(str(venv)), probe["file"]
    names = sorted(os.path.basename(p) for p in probe["plugins"])
    assert names == [f"libcadena_{n}.so" for n in ("clean", "dates", "ner", "numbers", "split", "summarize")]
    assert all(p.startswith(os.path.join(package, "plugins")) for p in probe["plugins"])
    assert probe["refused"] == []
    assert os.path.isdir(os.path.join(package, "plugins", "ner"))  # the data, too
    expected = nlp("El ministro Luis Planas visitó Valencia ayer.", id="x", date="2025-05-06")
    assert probe["json"] == expected.to_json()
    # Nothing of the checkout is needed once installed.
    assert not any(str(REPO) in p for p in probe["plugins"])


def test_a_wheel_builds_the_same_way(tmp_path, build_env):
    dist = tmp_path / "dist"
    run([SYSTEM_PYTHON, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-w", str(dist),
         str(REPO / "python")], cwd=tmp_path, env=build_env)
    wheels = list(dist.glob("cadena-*.whl"))
    assert len(wheels) == 1
    names = zipfile.ZipFile(wheels[0]).namelist()
    assert any(n.startswith("cadena/_cadena") and n.endswith(".so") for n in names)
    assert "cadena/plugins/libcadena_ner.so" in names and "cadena/__init__.py" in names
    assert any(n.startswith("cadena/plugins/ner/") for n in names)
    assert f"cp{sys.version_info.major}{sys.version_info.minor}" in wheels[0].name
