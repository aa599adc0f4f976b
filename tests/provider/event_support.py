"""A provider served by uvicorn in a thread (a stream needs a real connection: the test client
waits for the end of an answer), and a reader of its event streams."""

from __future__ import annotations

import http.client
import json
import queue
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import uvicorn

from provider.api.app import create_app
from provider.runtime import Runtime
from tests.provider.conftest import free_port


@contextmanager
def served(rt: Runtime) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(runtime=rt), host="127.0.0.1", port=port,
                                          log_level="warning", timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the provider did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@dataclass
class Received:
    id: int | None
    kind: str
    data: dict[str, Any]


class StreamReader:
    """Reads one account's stream on a thread; what arrived is taken with `next` or `until`."""

    def __init__(self, base: str, account_id: int, token: str, last_event_id: int | None = None) -> None:
        self.url = f"{base}/api/v1/accounts/{account_id}/events"
        self.headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
        if last_event_id is not None:
            self.headers["Last-Event-ID"] = str(last_event_id)
        self.received: queue.Queue[Received | BaseException | None] = queue.Queue()
        self.status: int | None = None
        self._stop = threading.Event()
        parts = urlsplit(self.url)
        self._connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self._connection.request("GET", parts.path, headers=self.headers)
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        assert self._connected.wait(20), "no answer from the stream"

    def _read(self) -> None:
        try:
            response = self._connection.getresponse()
            self.status = response.status
            self._connected.set()
            fields: dict[str, str] = {}
            while not self._stop.is_set():
                raw = response.readline()
                if not raw:
                    return
                line = raw.decode().rstrip("\r\n")
                if line == "":
                    if "event" in fields:
                        self.received.put(Received(int(fields["id"]) if "id" in fields else None,
                                                   fields["event"], json.loads(fields.get("data", "{}"))))
                    fields = {}
                elif not line.startswith(":"):
                    name, _, value = line.partition(":")
                    fields[name] = value.removeprefix(" ")
        except BaseException as exc:
            if not self._stop.is_set():
                self.received.put(exc)
        finally:
            self._connected.set()
            self.received.put(None)

    def next(self, timeout: float = 10) -> Received:
        item = self.received.get(timeout=timeout)
        if item is None or isinstance(item, BaseException):
            raise AssertionError(f"the stream ended: {item!r}")
        return item

    def until(self, kind: str, timeout: float = 10) -> list[Received]:
        """Everything up to and including the first event of `kind`."""
        got: list[Received] = []
        deadline = time.monotonic() + timeout
        while not got or got[-1].kind != kind:
            got.append(self.next(max(0.01, deadline - time.monotonic())))
        return got

    def nothing_within(self, seconds: float) -> bool:
        try:
            item = self.received.get(timeout=seconds)
        except queue.Empty:
            return True
        self.received.put(item)
        return False

    def close(self) -> None:
        """Drops the connection, as a network would."""
        self._stop.set()
        sock = self._connection.sock
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)  # wakes the reading thread at once
        self._thread.join(10)
        self._connection.close()
