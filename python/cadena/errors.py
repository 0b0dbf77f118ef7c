"""The exceptions the package raises."""

from __future__ import annotations

from typing import Optional


class ConfigError(ValueError):
    """A pipeline configuration that cannot be used.

    The message is the one ``cadena run --config`` prints: the file (or
    ``<config dict>``), the stage and the JSON pointer of the problem.
    """


class DocumentError(Exception):
    """A document that could not be processed.

    ``id`` names the document (its ``"id"``, else its 1-based position in the
    input), ``stage`` the stage that failed, or ``None`` when the input itself
    was refused (an empty text, a field of the wrong type, invalid Unicode).
    """

    def __init__(self, id: str, stage: Optional[str], message: str) -> None:
        super().__init__(f"document '{id}': {message}")
        self.id = id
        self.stage = stage
        self.reason = message
