"""Builds the Python package `cadena` with CMake and installs it, the
first-party plugins and their data inside it.

    python3 -m venv --system-site-packages v
    v/bin/pip install --no-build-isolation ./python

works offline on Debian 12 with the packages scripts/install-deps lists
(pybind11-dev, python3-dev, python3-setuptools, python3-wheel); a wheel builds
the same way (`pip wheel --no-build-isolation --no-deps ./python`). The
package links the system's ICU, TBB and Boost.Filesystem, so the wheel is for
the Debian it was built on. Environment:
  CMAKE_ARGS               extra arguments for the CMake configure step
  CADENA_CMAKE_BUILD_DIR   the CMake build folder (default: inside setuptools' build_temp)
  CMAKE_BUILD_PARALLEL_LEVEL  compile jobs (default: all cores)
"""

from __future__ import annotations

import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent


def version() -> str:
    cmake = (REPO / "CMakeLists.txt").read_text(encoding="utf-8")
    found = re.search(r"project\(cadena VERSION ([0-9.]+)", cmake)
    if not found:
        raise RuntimeError(f"{REPO / 'CMakeLists.txt'}: no project version")
    return found.group(1)


class CMakeBuild(build_ext):
    """Builds the CMake target cadena_python and copies what it made (the
    extension, the plugins and their data) into the package."""

    def build_extension(self, ext: Extension) -> None:
        build_dir = pathlib.Path(os.environ.get("CADENA_CMAKE_BUILD_DIR") or
                                 pathlib.Path(self.build_temp).resolve() / "cmake")
        configure = ["cmake", "-S", str(REPO), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                     "-DCADENA_BUILD_TESTS=OFF", "-DCADENA_BUILD_BENCH=OFF", "-DCADENA_PYTHON=ON",
                     f"-DPython_EXECUTABLE={sys.executable}"]
        configure += shlex.split(os.environ.get("CMAKE_ARGS", ""))
        build = ["cmake", "--build", str(build_dir), "--target", "cadena_python"]
        if "CMAKE_BUILD_PARALLEL_LEVEL" not in os.environ:
            build += ["-j", str(os.cpu_count() or 1)]
        subprocess.check_call(configure)
        subprocess.check_call(build)

        made = build_dir / "python" / "cadena"
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        built = list(made.glob("_cadena*.so"))
        if len(built) != 1:
            raise RuntimeError(f"{made}: expected one _cadena*.so, found {built}")
        shutil.copy2(built[0], target)
        plugins = target.parent / "plugins"
        if plugins.exists():
            shutil.rmtree(plugins)
        # The build tree links to the CLI's plugin folder; the package gets copies.
        shutil.copytree(made / "plugins", plugins, symlinks=False)


setup(
    name="cadena",
    version=version(),
    description="Cadena: a text pipeline for Spanish news (entities, numbers, dates, summaries)",
    license="See the repository",
    packages=["cadena"],
    package_dir={"cadena": "cadena"},
    ext_modules=[Extension("cadena._cadena", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    python_requires=">=3.9",
    zip_safe=False,
)
