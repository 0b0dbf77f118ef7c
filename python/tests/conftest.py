"""Shared fixtures. Run from the Makefile (`make test-python`), which puts the
built package first on PYTHONPATH and names the build folder in CADENA_BUILD_DIR."""

from __future__ import annotations

import os
import pathlib

import pytest

import cadena

REPO = pathlib.Path(__file__).resolve().parents[2]
BUILD = pathlib.Path(os.environ.get("CADENA_BUILD_DIR", REPO / "build")).resolve()
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def nlp() -> cadena.Pipeline:
    return cadena.Pipeline()


@pytest.fixture(scope="session")
def cadena_bin() -> pathlib.Path:
    path = BUILD / "bin" / "cadena"
    if not path.exists():
        pytest.fail(f"{path} is missing: build the CLI first (make build)")
    return path


def corpus_files() -> list[pathlib.Path]:
    """The documents `cadena run corpus/` reads, in its order (sorted paths)."""
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".html") and p.is_file())


def corpus_items() -> list[dict]:
    """The corpus as pipe() inputs shaped like what the CLI reads from the files."""
    items = []
    for path in corpus_files():
        text = path.read_bytes().decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        rel = path.relative_to(CORPUS)
        items.append({"id": rel.with_suffix("").as_posix(), "text": text,
                      "format": "html" if path.suffix == ".html" else "text"})
    return items


def paragraphs() -> list[str]:
    """Short texts cut from the corpus articles: many documents, quickly."""
    out = []
    for item in corpus_items():
        out.extend(p.strip() for p in item["text"].split("\n") if len(p.strip()) > 40)
    return out
