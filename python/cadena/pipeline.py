"""The pipeline: one document at a time (``nlp(text)``) or a stream (``nlp.pipe``)."""

from __future__ import annotations

import atexit
import json
import logging
import os
import re
import weakref
from typing import Any, Iterable, Iterator, List, Mapping, Optional, Sequence, Union

from . import _cadena
from ._paths import INSTALLED_PLUGINS
from .doc import Doc
from .errors import ConfigError, DocumentError

log = logging.getLogger("cadena")

PathLike = Union[str, "os.PathLike[str]"]
Input = Union[str, Mapping[str, Any]]

# "stage 'split': ..." from the core names the stage that failed.
_STAGE = re.compile(r"^stage '([^']*)': ")

# Streams still running, closed before the interpreter goes away so that no
# runner thread is left waiting for the GIL of a finished interpreter.
_live_streams: "weakref.WeakSet[Any]" = weakref.WeakSet()


@atexit.register
def _close_streams() -> None:
    for stream in list(_live_streams):
        stream.close()


def _document_error(result: "_cadena.DocResult") -> DocumentError:
    match = _STAGE.match(result.error)
    return DocumentError(result.where, match.group(1) if match else None, result.error)


def _plugin_dirs(plugin_path: Union[PathLike, Sequence[PathLike], None]) -> List[str]:
    if plugin_path is None:
        return []
    if isinstance(plugin_path, (str, os.PathLike)):
        plugin_path = [plugin_path]
    return [os.fspath(p) for p in plugin_path]


class Pipeline:
    """A built pipeline: the embedded default one, or one from a config.

    ``config`` is a path to a JSON file like ``cadena run --config`` takes, or
    the same structure as a dict (``{"pipeline": [{"plugin": "split"}, ...]}``).
    ``plugin_path`` lists folders (or files) to load plugins from before
    ``CADENA_PLUGIN_PATH`` and the first-party plugins the package carries.
    A Pipeline may be shared by threads.
    """

    def __init__(
        self,
        config: Union[PathLike, Mapping[str, Any], None] = None,
        *,
        plugin_path: Union[PathLike, Sequence[PathLike], None] = None,
    ) -> None:
        path: Optional[str] = None
        text: Optional[str] = None
        if isinstance(config, Mapping):
            try:
                text = json.dumps(config)
            except (TypeError, ValueError) as e:
                raise ConfigError(f"<config dict>: not expressible as JSON: {e}") from None
        elif config is not None:
            path = os.fspath(config)
        try:
            self._native = _cadena.Pipeline(path, text, "<config dict>", _plugin_dirs(plugin_path),
                                            INSTALLED_PLUGINS)
        except _cadena.CoreError as e:
            raise ConfigError(str(e)) from None
        for where, reason in self._native.rejections():
            log.warning("plugin refused: %s: %s", where, reason)

    @property
    def stages(self) -> List[str]:
        """The stage names, in order."""
        return self._native.stages()

    def __call__(
        self,
        text: str,
        *,
        id: Optional[Union[str, int]] = None,
        date: Any = None,
        lang: Optional[str] = None,
        format: Optional[str] = None,
        type: Optional[str] = None,
    ) -> Doc:
        """Processes one text on the calling thread. ``date`` is a
        ``YYYY-MM-DD`` string or a ``datetime.date``; ``format`` is ``"text"``
        or ``"html"``. Raises DocumentError when the document fails."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {text.__class__.__name__}")
        record = {"text": text, "id": id, "date": date, "lang": lang, "format": format, "type": type}
        result = self._native.process({k: v for k, v in record.items() if v is not None}, "document")
        if not result.ok:
            raise _document_error(result)
        return Doc(result)

    def pipe(self, items: Iterable[Input], *, threads: int = 1, on_error: str = "raise") -> Iterator[Doc]:
        """The documents of ``items``, in input order, processed ``threads`` at a time.

        ``items`` is any iterable of str or of dicts shaped like a JSONL line
        (``id``, ``text``, ``date``, ``lang``, ``format``, ``type``); it is read
        lazily, a few documents per thread ahead of what has been taken. An
        input without an id gets its 1-based position. A document that fails
        raises DocumentError when its turn comes (``on_error="raise"``), or is
        logged on the ``cadena`` logger and left out (``on_error="skip"``).
        """
        if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
            raise ValueError(f"threads must be an integer >= 1, got {threads!r}")
        if on_error not in ("raise", "skip"):
            raise ValueError(f'on_error must be "raise" or "skip", got {on_error!r}')
        if isinstance(items, (str, bytes, Mapping)):
            raise TypeError("pipe() takes an iterable of documents; for one text call the pipeline")
        stream = self._native.pipe(items, threads)  # raises TypeError now if not iterable
        return self._results(stream, on_error)

    @staticmethod
    def _results(stream: Any, on_error: str) -> Iterator[Doc]:
        _live_streams.add(stream)
        try:
            for result in stream:
                if result.ok:
                    yield Doc(result)
                elif on_error == "skip":
                    log.warning("%s", _document_error(result))
                else:
                    raise _document_error(result)
        finally:
            stream.close()
            _live_streams.discard(stream)

    def __repr__(self) -> str:
        return f"<cadena.Pipeline {self.stages}>"
