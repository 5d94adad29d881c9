"""A TCP proxy in front of the test server that can go silent: it keeps every connection open but
stops forwarding, as a VPN, a NAT box or a proxy does when the link behind it is gone. TCP
keepalives do not notice such a silence (the proxy's own end still answers them), so it tests
the listener's sign of life (world/team_live.py)."""

from __future__ import annotations

import contextlib
import socket
import threading


class SilentProxy:
    """Forwards 127.0.0.1:``port`` to the server at ``target``; ``silence`` stops forwarding
    both ways without closing anything, ``speak`` resumes it."""

    def __init__(self, target_port: int) -> None:
        self._target = ("127.0.0.1", target_port)
        self._listening = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listening.getsockname()[1])
        self._flowing = threading.Event()
        self._flowing.set()
        self._closed = False
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, server_url: str, server_port: int) -> str:
        """``server_url`` (an address of the test server) through this proxy."""
        return server_url.replace(f":{server_port}/", f":{self.port}/")

    def silence(self) -> None:
        self._flowing.clear()

    def speak(self) -> None:
        self._flowing.set()

    def close(self) -> None:
        self._closed = True
        self._flowing.set()
        for sock in [self._listening, *self._sockets]:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listening.accept()
            except OSError:
                return
            server = socket.create_connection(self._target)
            self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        while not self._closed:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                with contextlib.suppress(OSError):
                    sink.shutdown(socket.SHUT_WR)
                return
            self._flowing.wait()  # silent: hold what arrived, forward nothing
            try:
                sink.sendall(data)
            except OSError:
                return
