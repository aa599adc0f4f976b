"""One running app per user: a later launch hands its links and files to the first and exits.

The first instance listens on a local socket (QLocalServer: a named pipe on Windows, a Unix
socket elsewhere) named after the user, so two users on one terminal server each have their
own. A launch with a `switchboard://` link (the browser or mail program starting the app for a
reset or invitation link) connects, sends its arguments as one JSON line, waits for the first
instance's "ok" and exits; the first instance brings its window forward and opens the link.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.instance_name import server_name

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000
MAX_MESSAGE = 64 * 1024  # a few links; anything bigger is not from our own launcher
ACK = b"ok\n"


def _allow_foreground() -> None:
    """Windows lets only the foreground process raise a window: this launch (started by the
    click on the link, so in the foreground) passes that right on to the first instance."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY


def hand_over(arguments: list[str], key: str = "", timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give `arguments` to the running instance; False when none answers (then this one runs)."""
    from PySide6.QtNetwork import QLocalSocket  # Qt's network module: loaded only when needed

    socket = QLocalSocket()
    socket.connectToServer(server_name(key))
    if not socket.waitForConnected(timeout_ms):
        return False
    _allow_foreground()
    socket.write(json.dumps(arguments).encode() + b"\n")
    socket.flush()
    delivered = socket.waitForBytesWritten(timeout_ms) or socket.bytesToWrite() == 0
    acknowledged = False
    while delivered and socket.waitForReadyRead(timeout_ms):
        if socket.canReadLine():
            acknowledged = bytes(socket.readLine().data()) == ACK
            break
    socket.disconnectFromServer()
    return acknowledged


class SingleInstance(QObject):
    """The first instance's end: `received` carries the arguments of each later launch."""

    received = Signal(list)

    def __init__(self, key: str = "", parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(key)
        self.server = QLocalServer(self)
        # Only this user may connect (the socket file's mode on Unix, the pipe's ACL on Windows).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Take the name, unless a live instance has it (False). With access options set, Qt
        replaces an existing socket file instead of failing, so a live one is asked first; a
        socket file a crashed run left behind answers no one and is removed."""
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            log.warning("single instance: dropped an oversized message")
            socket.abort()
            return
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        try:
            arguments = json.loads(line)
        except ValueError:
            arguments = None
        if not isinstance(arguments, list) or not all(isinstance(a, str) for a in arguments):
            log.warning("single instance: ignored a message that is not a list of arguments")
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        self.received.emit(arguments)
