"""Build progress: a live bar on a terminal (files done, rate, time left, failures so far);
plain one-line messages for problems when the output is piped or `--quiet` is given.

The bar goes to standard error and only when it is a terminal, so piped output stays
machine-readable: one `kg: FILE: PROBLEM` line per problem, and the summary the CLI prints.
"""
from __future__ import annotations

import sys
from typing import TextIO


class BuildProgress:
    """Callbacks for `kg.build.build`: `start(total)`, `release_done(path, report)`, `problem(failure)`."""

    def __init__(self, *, quiet: bool = False, total: int | None = None, stream: TextIO | None = None):
        self.quiet = quiet
        self.total = total
        self.stream = stream or sys.stderr
        self.failures = 0
        self.problems = 0
        self._live = None
        self._task = None

    @property
    def live(self) -> bool:
        """Whether a live bar is showing."""
        return self._live is not None

    def __enter__(self) -> "BuildProgress":
        if not self.quiet and self.stream.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                       TimeRemainingColumn)

            self._live = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                                  TextColumn("{task.fields[rate]:.0f} files/s"), TimeElapsedColumn(),
                                  TextColumn("left"), TimeRemainingColumn(),
                                  TextColumn("[red]failed {task.fields[failed]}"),
                                  console=Console(file=self.stream), transient=True)
            self._live.start()
            self._task = self._live.add_task("build", total=self.total, rate=0.0, failed=0)
        return self

    def __exit__(self, *exc) -> None:
        if self._live is not None:
            self._live.stop()

    def start(self, total: int) -> None:
        """The file list is known: the bar can show a total and the time left."""
        self.total = total
        if self._live is not None:
            self._live.update(self._task, total=total)

    def release_done(self, path: str, report) -> None:
        """One file handled (written, skipped or failed)."""
        if self._live is not None:
            task = self._live.tasks[0]
            elapsed = task.elapsed or 0.0
            rate = (task.completed + 1) / elapsed if elapsed > 0 else 0.0
            self._live.update(self._task, advance=1, rate=rate, failed=len(report.failed))

    def problem(self, failure) -> None:
        """One line naming the file and the problem, above the bar (or on stderr)."""
        self.problems += 1
        line = f"kg: {failure.path}: {failure.message}"
        if self._live is not None:
            self._live.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=self.stream, flush=True)
