"""`kg serve`: Oxigraph's own SPARQL server over the store directory, as it is on disk.

The server is the `oxigraph` command of the `oxigraph` PyPI package (a dependency of this
project). It runs with `--union-default-graph`, so a query without GRAPH sees every release,
the same view `kg query` has locally. It serves:

* `/`        the query page (YASGUI) for people,
* `/query`   the SPARQL 1.1 Protocol query endpoint,
* `/update`  the update endpoint, and `/store` the Graph Store HTTP Protocol.

The server holds the store's lock while it runs: stop it before `kg build` writes again.
"""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ServerError, StoreError


@dataclass
class Urls:
    base: str

    @property
    def query(self) -> str:
        return self.base + "/query"

    @property
    def update(self) -> str:
        return self.base + "/update"

    @property
    def store(self) -> str:
        return self.base + "/store"


def find_oxigraph() -> str:
    """The `oxigraph` executable: on PATH, or next to this Python (a virtualenv that is not activated)."""
    candidates = [shutil.which("oxigraph"),
                  str(Path(sysconfig.get_path("scripts")) / "oxigraph"),
                  str(Path(sys.executable).parent / "oxigraph")]
    for c in candidates:
        if c and Path(c).is_file():
            return c
    raise ServerError("the `oxigraph` server program is not installed",
                      hint="pip install oxigraph (it comes with `pip install .` of this project)")


def server_command(store: str | Path, host: str, port: int, *, read_only: bool = False) -> list[str]:
    return [find_oxigraph(), "serve-read-only" if read_only else "serve", "--location", str(store),
            "--bind", f"{host}:{port}", "--union-default-graph"]


def url_for(host: str, port: int) -> Urls:
    shown = f"[{host}]" if ":" in host else host
    return Urls(f"http://{shown}:{port}")


def wait_until_listening(proc: subprocess.Popen, host: str, port: int, timeout: float = 30.0) -> None:
    """Return once the port accepts connections; raise with the server's own words if it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
            raise ServerError(f"oxigraph exited with code {proc.returncode} before listening on {host}:{port}"
                              + (f": {err.splitlines()[-1]}" if err else ""),
                              hint="is the port in use, or the store held by another process?")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise ServerError(f"oxigraph did not listen on {host}:{port} within {timeout:.0f}s")


def check_port_free(host: str, port: int) -> None:
    """Fail early and clearly when something already listens there (else we would talk to it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                              hint="is another server using the port? pass --port N") from exc


def start(store: str | Path, host: str = "127.0.0.1", port: int = 7878, *, read_only: bool = False,
          quiet_stderr: bool = False) -> subprocess.Popen:
    """Start the server as a child process and wait until it listens; the caller stops it."""
    store = Path(store)
    if not (store / "CURRENT").exists():
        raise StoreError("no store here", path=store, hint="run `kg build PATH --store DIR` first")
    check_port_free(host, port)
    proc = subprocess.Popen(server_command(store, host, port, read_only=read_only),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE if quiet_stderr else None)
    try:
        wait_until_listening(proc, host, port)
    except BaseException:
        stop(proc)
        raise
    return proc


def stop(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def serve(store: str | Path, host: str = "127.0.0.1", port: int = 7878, *, read_only: bool = False) -> int:
    """Run the server in the foreground until interrupted (Ctrl-C or SIGTERM); return its exit code."""

    def on_term(signum, frame):  # make SIGTERM stop the child too, like Ctrl-C
        raise KeyboardInterrupt

    # installed before the child starts, so a SIGTERM that comes early still stops the child
    previous = signal.signal(signal.SIGTERM, on_term)
    proc = None
    try:
        proc = start(store, host, port, read_only=read_only)
        urls = url_for(host, port)
        print(f"serving {store} with Oxigraph (union default graph){' read-only' if read_only else ''}", flush=True)
        print(f"  query page:      {urls.base}/", flush=True)
        print(f"  SPARQL endpoint: {urls.query}", flush=True)
        print(f"  graph store:     {urls.store}", flush=True)
        print("press Ctrl-C to stop", flush=True)
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if proc is not None:
            stop(proc)
        signal.signal(signal.SIGTERM, previous)
