"""Corpus-level outputs over many processed documents: what ``cadena run
--entity-index`` and ``--corpus-summary`` write, as Python objects."""

from __future__ import annotations

import json
import logging
from typing import Any, Dict, Iterable

from . import _cadena
from .doc import Doc

log = logging.getLogger("cadena")


def _native_of(doc: Doc) -> "_cadena.DocResult":
    if not isinstance(doc, Doc):
        raise TypeError(f"expected cadena.Doc, got {doc.__class__.__name__}")
    return doc._native


def entity_index(docs: Iterable[Doc]) -> Dict[str, Any]:
    """``{key: {"name", "label", "mentions": {doc_id: count}}}`` over the
    documents' ``entities`` (docs/ner.md). ``docs`` may be a stream such as
    ``nlp.pipe(texts)``: each document is counted and let go."""
    index = _cadena.EntityIndex()
    for doc in docs:
        index.add(_native_of(doc))
    return json.loads(index.to_json())


def corpus_summary(docs: Iterable[Doc], *, max_documents: int = 500) -> Dict[str, Any]:
    """One summary of all the documents: ``{"sentences": [{"doc", "start",
    "end", "text", "score"}], "text"}`` (docs/summarize.md). The first
    ``max_documents`` documents by id are summarized; what is left out is
    logged on the ``cadena`` logger. The documents must come from one
    Pipeline whose stages write ``sentences``."""
    summary = None
    for doc in docs:
        native = _native_of(doc)
        if summary is None:
            try:
                summary = _cadena.CorpusSummary(native, max_documents)
            except _cadena.CoreError as e:
                raise ValueError(f"corpus_summary: {e}") from None
        summary.add(native)
    if summary is None:
        return {"sentences": [], "text": ""}
    try:
        text, notes = summary.to_json()
    except _cadena.CoreError as e:
        raise RuntimeError(f"corpus_summary: {e}") from None
    for note in notes:
        log.info("corpus_summary: %s", note)
    return json.loads(text)
