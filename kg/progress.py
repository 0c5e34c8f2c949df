"""Build progress: a live bar on a terminal (files done, rate, time left, failures so far);
plain one-line messages for problems when the output is piped or `--quiet` is given."""
from __future__ import annotations

import sys


class BuildProgress:
    def __init__(self, *, quiet: bool = False, total: int | None = None):
        self.quiet = quiet
        self.total = total
        self.failures = 0
        self._live = None
        self._task = None

    def __enter__(self) -> "BuildProgress":
        if not self.quiet and sys.stderr.isatty():
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                       TimeRemainingColumn)

            self._live = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                                  TextColumn("{task.fields[rate]:.0f}/s"), TimeElapsedColumn(),
                                  TimeRemainingColumn(), TextColumn("failed {task.fields[failed]}"),
                                  transient=True)
            self._live.start()
            self._task = self._live.add_task("build", total=self.total, rate=0.0, failed=0)
        return self

    def __exit__(self, *exc) -> None:
        if self._live is not None:
            self._live.stop()

    def release_done(self, path: str, report) -> None:
        if self._live is not None:
            task = self._live.tasks[0]
            rate = (task.completed + 1) / task.elapsed if task.elapsed else 0.0
            self._live.update(self._task, advance=1, rate=rate, failed=self.failures)

    def problem(self, failure) -> None:
        self.failures += 1
        line = f"kg: {failure.path}: {failure.message}"
        if self._live is not None:
            self._live.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=sys.stderr)
