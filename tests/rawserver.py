"""A misbehaving TCP server on 127.0.0.1 for the network-fault tests (not HTTP: raw sockets)."""
from __future__ import annotations

import socket
import threading


class RawServer:
    """A TCP server on 127.0.0.1 that reads the request head and then calls ``behave(conn)`` to misbehave."""

    def __init__(self, behave):
        self.behave = behave
        self.connections = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path="/"):
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            with conn:
                conn.settimeout(2)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(4096)
                        if not chunk:
                            break
                        data += chunk
                    self.behave(conn)
                except OSError:
                    pass

    def close(self):
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


def reset(conn):
    """Close with a TCP reset instead of a clean shutdown."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
