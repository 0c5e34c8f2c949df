"""Errors that say what went wrong, where, and how to fix it; one exit code per class.

Results (a graph that does not conform, a query with no rows) are not exceptions.
"""
from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class: every error the CLI reports in one line and exits with `exit_code`."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | Path | None = None, hint: str | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        how = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{how}"


class ReleaseError(KgError):
    """A release file cannot be read or holds no article text."""

    exit_code = 3


class StoreError(KgError):
    """The store cannot be opened or written (locked, missing, not a store)."""

    exit_code = 4


class QueryError(KgError):
    """A named query is unknown, a parameter is missing or malformed, or SPARQL is invalid."""

    exit_code = 5


class UsageError(KgError):
    """The command line asks for something that does not exist (an unknown format, say)."""

    exit_code = 2


class EndpointError(KgError):
    """A remote SPARQL endpoint or graph store could not be reached or refused a request."""

    exit_code = 6


class ValidationSetupError(KgError):
    """The validator itself could not run (no Java for the reasoner, a broken shapes file)."""

    exit_code = 7


class ServerError(KgError):
    """The SPARQL server could not be found or did not start."""

    exit_code = 8
