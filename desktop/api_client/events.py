"""The account's events (docs/live-updates.md): the Server-Sent Events stream, read as it
arrives, and the same events as a JSON page for polling.

Blocking, like ApiClient: the stream is read on the live-updates thread (desktop/live.py)."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.api_client.client import AccountRoutes

# The provider sends a heartbeat every 20 s: nothing at all for this long means the connection
# is dead or a proxy holds the stream back (buffers it), and the client reconnects.
STREAM_SILENCE_S = 50.0
OPENED = "opened"  # yielded first, once the provider accepted the stream (not an event of its)


@dataclass(frozen=True)
class AccountEvent:
    id: int | None
    kind: str  # an event kind, or ready / resync / end
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EventPage:
    events: list[AccountEvent]
    last_id: int
    resync: bool
    more: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventPage:
        return cls(events=[AccountEvent(int(e["id"]), str(e["kind"]), dict(e.get("data") or {}))
                           for e in data["events"]],
                   last_id=int(data["last_id"]), resync=bool(data["resync"]), more=bool(data["more"]))


def parse(lines: Iterator[str]) -> Iterator[AccountEvent]:
    """Server-Sent Events -> events; comments (heartbeats) and retry hints are skipped."""
    fields: dict[str, str] = {}
    data: list[str] = []
    for line in lines:
        if line == "":
            if "event" in fields or data:
                event_id = fields.get("id", "")
                payload = json.loads("\n".join(data)) if data else {}
                yield AccountEvent(int(event_id) if event_id.isdigit() else None,
                                   fields.get("event", "message"),
                                   payload if isinstance(payload, dict) else {})
            fields, data = {}, []
        elif line.startswith(":"):
            continue
        else:
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if name == "data":
                data.append(value)
            else:
                fields[name] = value


class EventsApi(AccountRoutes):
    def page(self, after: int | None) -> EventPage:
        params = {"after": after} if after is not None else None
        return EventPage.from_json(self.client.request("GET", f"{self.base}/events", params=params))

    def stream(self, last_id: int | None, holder: StreamHolder) -> Iterator[AccountEvent]:
        """Events as they come until the provider ends the stream; raises ApiError when it
        cannot be opened and the transport's error when it breaks."""
        headers = {"Accept": "text/event-stream"}
        if last_id is not None:
            headers["Last-Event-ID"] = str(last_id)
        response = self.client.open_stream(f"{self.base}/events", headers, STREAM_SILENCE_S)
        holder.hold(response)
        try:
            yield AccountEvent(None, OPENED)
            lines = (line.decode("utf-8") if isinstance(line, bytes) else line
                     for line in response.iter_lines(chunk_size=None))
            yield from parse(lines)
        finally:
            holder.release()
            response.close()


class StreamHolder:
    """The open response, so another thread can close it (and so end a read at once)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._response: Any = None
        self.closed = False

    def hold(self, response: Any) -> None:
        with self._lock:
            self._response = response
            if self.closed:
                response.close()

    def release(self) -> None:
        with self._lock:
            self._response = None

    def close(self) -> None:
        with self._lock:
            self.closed = True
            response = self._response
        if response is not None:
            # Closing alone waits for the reader thread's read to return (http.client holds the
            # buffer's lock), which is up to a heartbeat away; shutting the socket down ends
            # that read at once, so a sign-out or quit never waits on the stream.
            sock = getattr(getattr(getattr(response, "raw", None), "connection", None), "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            response.close()
