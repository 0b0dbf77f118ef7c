"""Cadena for Python: the same core, plugins and output as the ``cadena`` CLI.

>>> import cadena
>>> nlp = cadena.Pipeline()
>>> doc = nlp("El presidente Pedro Sánchez viajó a Bruselas el lunes.", date="2025-03-10")
>>> [(e.text, e.label) for e in doc["entities"]]

See docs/python.md.
"""

from ._cadena import __version__
from .corpus import corpus_summary, entity_index
from .doc import Doc, Span
from .errors import ConfigError, DocumentError
from .pipeline import Pipeline
from .plugins import Plugin, plugins

__all__ = [
    "__version__",
    "ConfigError",
    "Doc",
    "DocumentError",
    "Pipeline",
    "Plugin",
    "Span",
    "corpus_summary",
    "entity_index",
    "plugins",
]
