"""``cadena.plugins()``: what ``cadena plugins`` lists."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, List, Optional, Sequence, Union

from . import _cadena
from ._paths import INSTALLED_PLUGINS


@dataclass(frozen=True)
class Plugin:
    """A plugin found on the search path: loaded, or refused with the reason."""

    path: str
    loaded: bool
    name: Optional[str] = None
    version: Optional[str] = None
    license: Optional[str] = None
    description: Optional[str] = None
    stages: List[str] = field(default_factory=list)
    reason: Optional[str] = None

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)


def plugins(plugin_path: Union[str, "os.PathLike[str]", Sequence[Any], None] = None) -> List[Plugin]:
    """The plugins found in ``plugin_path``, ``CADENA_PLUGIN_PATH`` and the
    package, loaded ones first, then those refused (``loaded=False``, with
    ``reason``)."""
    if plugin_path is None:
        dirs: List[str] = []
    elif isinstance(plugin_path, (str, os.PathLike)):
        dirs = [os.fspath(plugin_path)]
    else:
        dirs = [os.fspath(p) for p in plugin_path]
    return [Plugin(**p) for p in _cadena.plugins(dirs, INSTALLED_PLUGINS)]
