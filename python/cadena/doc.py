"""Processed documents and their spans, read from the cadena.doc/1 JSON.

Offsets are Unicode code points, as in the JSON (docs/schema.md), so that
``doc.text[span.start:span.end] == span.text`` in Python.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Optional

from . import _cadena

# Keys of the JSON document that are not layers.
_DOCUMENT_FIELDS = frozenset(("schema", "id", "lang", "date", "type", "text"))
# Keys of a span that are not attributes a stage set.
_SPAN_FIELDS = frozenset(("start", "end", "orig_start", "orig_end", "text"))


class Span:
    """A stretch of the document's text with the attributes a stage gave it."""

    __slots__ = ("_data",)

    def __init__(self, data: Dict[str, Any]) -> None:
        self._data = data

    @property
    def start(self) -> int:
        return self._data["start"]

    @property
    def end(self) -> int:
        return self._data["end"]

    @property
    def orig_start(self) -> int:
        return self._data["orig_start"]

    @property
    def orig_end(self) -> int:
        return self._data["orig_end"]

    @property
    def text(self) -> str:
        return self._data["text"]

    @property
    def label(self) -> Optional[str]:
        """The ``label`` attribute where the stage set one (entities), else None."""
        return self._data.get("label")

    @property
    def attrs(self) -> Dict[str, Any]:
        """The attributes the stage set, without the offsets and the text."""
        return {k: v for k, v in self._data.items() if k not in _SPAN_FIELDS}

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def to_dict(self) -> Dict[str, Any]:
        return dict(self._data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and self._data == other._data

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        label = f" {self.label}" if self.label is not None else ""
        return f"<Span {self.start}:{self.end}{label} {self.text!r}>"


class Doc:
    """One processed document. Made by ``Pipeline.__call__`` and ``Pipeline.pipe``."""

    __slots__ = ("_native", "_parsed", "__weakref__")

    def __init__(self, native: "_cadena.DocResult") -> None:
        self._native = native
        self._parsed: Optional[Dict[str, Any]] = None

    @property
    def id(self) -> str:
        return self._native.id

    @property
    def lang(self) -> str:
        return self._native.lang

    @property
    def date(self) -> Optional[str]:
        """The reference date (YYYY-MM-DD) the dates were resolved against, or None."""
        return self._native.date

    @property
    def type(self) -> str:
        return self._native.type

    @property
    def text(self) -> str:
        """The cleaned text that span offsets point into."""
        return self._native.text

    def _data(self) -> Dict[str, Any]:
        if self._parsed is None:
            self._parsed = json.loads(self._native.json)
        return self._parsed

    @property
    def layers(self) -> List[str]:
        """The layer names, in the order of the JSON."""
        return [k for k in self._data() if k not in _DOCUMENT_FIELDS]

    def __getitem__(self, layer: str) -> Any:
        """A layer: a list of Span, or for ``summary`` the object as in the JSON."""
        if layer in _DOCUMENT_FIELDS:
            raise KeyError(f"{layer!r} is a document field, not a layer: use doc.{layer}")
        value = self._data()[layer]
        if isinstance(value, list):
            return [Span(span) for span in value]
        return json.loads(json.dumps(value))  # a copy: the document stays as processed

    def __contains__(self, layer: object) -> bool:
        return layer in self._data() and layer not in _DOCUMENT_FIELDS

    def __iter__(self) -> Iterator[str]:
        return iter(self.layers)

    def to_json(self) -> str:
        """The line ``cadena run`` writes for this input (the same bytes, no newline)."""
        return self._native.json

    def to_dict(self) -> Dict[str, Any]:
        """The JSON document as Python objects (a fresh copy)."""
        return json.loads(self._native.json)

    def __repr__(self) -> str:
        return f"<Doc {self.id!r} {len(self.text)} chars, layers {self.layers}>"
