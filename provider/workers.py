"""Listening sockets, and several API worker processes on one port, each with a socket of its own.

uvicorn's `--workers` shares one listening socket among its processes, and whichever is awake
takes the new connections: with 64 kept-alive clients one worker held 58 of them while the
others idled (bench/api_load.py, `ss -tnp`), and since a worker answers reads one at a time
(provider/api/routing.py) that one worker set the pace. With SO_REUSEPORT every worker listens
on a socket of its own and the kernel spreads new connections over them by their addresses.
Where SO_REUSEPORT does not spread connections (only Linux does), uvicorn's shared socket stays.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

from provider.settings import Settings

log = logging.getLogger(__name__)
RESTART_PAUSE_S = 1.0  # between restarts of a worker that keeps dying, so it cannot spin


def scheme(settings: Settings) -> str:
    return "https" if settings.tls_cert else "http"


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """How uvicorn runs a worker: our access log instead of its own, TLS when configured."""
    # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from any local peer as the
    # client; the app believes it only from the configured proxies (api/client_address.py).
    options: dict[str, Any] = {"log_level": "warning", "access_log": False, "timeout_graceful_shutdown": 5,
                               "proxy_headers": False}
    if settings.tls_cert and settings.tls_key:
        options.update(ssl_certfile=str(settings.tls_cert), ssl_keyfile=str(settings.tls_key))
    return options


def spreads_connections() -> bool:
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listening_socket(host: str, port: int, *, reuse_port: bool = False) -> socket.socket:
    # IPPROTO_TCP named explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose
    # proto says TCP, and socket.socket(AF_INET) leaves it 0. With Nagle on, every answer on a
    # kept-alive connection waited ~40 ms for the client's delayed ACK (50 ms instead of 3 ms).
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM,
                         socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        sock.listen(1024)
    except BaseException:
        sock.close()
        raise
    return sock


def _worker(host: str, port: int) -> None:
    """One worker process: its app from the environment, its own socket on the shared port."""
    # As `serve` does for one process (provider/cli.py): the collector is off while the app is
    # built, then what was built is frozen out of its reach. Not only for a faster start here:
    # every full collection walked those objects, some 170,000, with the worker's event loop
    # and so all its requests stopped, 0.2-0.8 s at a time in the middle of a surge
    # (bench/overload.py); frozen, a collection walks only what requests made.
    gc.disable()
    import uvicorn

    from provider.api.app import create_app
    from provider.operations.logs import configure

    settings = Settings()
    configure(settings.log_format, access_log=settings.access_log_enabled())
    sock = listening_socket(host, port, reuse_port=True)
    app = create_app(settings)
    config = uvicorn.Config(app, **uvicorn_options(settings))
    made_before_freezing(app)
    gc.freeze()
    gc.enable()
    uvicorn.Server(config).run(sockets=[sock])


def made_before_freezing(app: Any) -> None:
    """Builds now what the first requests would otherwise build and keep for good: SQLAlchemy's
    mapper configuration (attribute instruments, loaders, event dispatchers) and the middleware
    stack. Made after gc.freeze(), some 30,000 such objects stayed in the collector's reach, and
    every full collection walked them with the loop stopped: 24-33 ms of CPU each, about every
    30 s under load (bench/overload.py, docs/operations.md)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    if getattr(app, "middleware_stack", None) is None:
        app.middleware_stack = app.build_middleware_stack()


def serve(settings: Settings, count: int) -> int:
    """Runs `count` workers until SIGTERM or SIGINT; a worker that dies is started again. The
    workers count their metrics into files of a directory made here (PROMETHEUS_MULTIPROC_DIR),
    so a scrape answered by any of them, or by --metrics-port here, sums them all."""
    from provider.operations import metrics

    host, port = settings.host, settings.port
    # Fails here, with the port's error, rather than in every worker.
    listening_socket(host, port, reuse_port=True).close()
    context = multiprocessing.get_context("spawn")
    stopping = False
    counts = tempfile.mkdtemp(prefix="switchboard-metrics-")
    os.environ[metrics.MULTIPROCESS_ENV] = counts  # before any worker starts: they inherit it
    # One argon2 budget for the host's workers (services/hash_slots.py), unless one was given.
    slots = None
    if not settings.hash_slots_dir:
        slots = tempfile.mkdtemp(prefix="switchboard-hash-slots-")
        os.environ["SWITCHBOARD_HASH_SLOTS_DIR"] = slots
    if settings.metrics_port is not None:
        from provider.db.engine import make_engine

        database = metrics.DatabaseFigures(make_engine(settings.resolved_database_url(), pool_size=1,
                                                       max_overflow=0), settings.sandbox)
        metrics.serve_on_port(settings.metrics_host, settings.metrics_port, database)

    def start() -> BaseProcess:
        process = context.Process(target=_worker, args=(host, port), name="switchboard-api")
        process.start()
        return process

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    workers = [start() for _ in range(count)]
    try:
        while not stopping:
            time.sleep(0.2)
            for i, process in enumerate(workers):
                if not process.is_alive() and not stopping:
                    log.warning("API worker %s ended (exit code %s); starting another",
                                process.pid, process.exitcode)
                    metrics.worker_ended(process.pid)
                    time.sleep(RESTART_PAUSE_S)
                    workers[i] = start()
    finally:
        for process in workers:
            if process.is_alive() and process.pid is not None:
                os.kill(process.pid, signal.SIGTERM)  # uvicorn finishes its requests, then ends
        deadline = time.monotonic() + 10
        for process in workers:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
        for s, handler in previous.items():
            signal.signal(s, handler)
        shutil.rmtree(counts, ignore_errors=True)
        if slots is not None:
            shutil.rmtree(slots, ignore_errors=True)
    return 0
