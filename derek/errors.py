"""Every error derek reports, each with a stable code.

Codes are grouped by area: E1xx input, E2xx pipeline and models, E3xx
evaluation and training data, E4xx store and search. The CLI prints
``error E1xx: <what and where>`` and exits with status 2; the HTTP service
returns the same code in its error body.
"""

from __future__ import annotations


class DerekError(Exception):
    """Base class: ``code`` is stable, ``message`` says what and where."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"error {self.code}: {self.message}"


class FileMissing(DerekError):
    code = "E101"


class FileUnreadable(DerekError):
    code = "E102"


class InvalidUTF8(DerekError):
    code = "E103"


class BinaryInput(DerekError):
    code = "E104"


class EmptyInput(DerekError):
    code = "E105"


class InputTooLarge(DerekError):
    code = "E106"


class BadArgument(DerekError):
    code = "E107"


class BadSource(DerekError):
    """A source file that cannot be parsed: a broken JSON Lines record, feed or HTML page."""

    code = "E108"


class PipelineOrder(DerekError):
    code = "E201"


class ModelMissing(DerekError):
    code = "E202"


class ModelIncompatible(DerekError):
    code = "E203"


class BadDataFile(DerekError):
    code = "E301"


class StoreError(DerekError):
    code = "E401"


class BadQuery(DerekError):
    code = "E402"


class UnknownEntity(DerekError):
    code = "E403"
