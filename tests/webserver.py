"""A `secret-kb serve` started by a test, on a free loopback port, and an HTTP client for it.

The client is the standard library's (http.client): the tests speak HTTP to a
real server in another process, as any client would.
"""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A running server: its port, and requests to it."""

    def __init__(self, port: int, process: subprocess.Popen) -> None:
        self.port = port
        self.process = process
        self.url = f"http://127.0.0.1:{port}"

    def request(self, method: str, path: str, body: bytes | str | dict | list | None = None,
                headers: dict[str, str] | None = None,
                timeout: float = 120) -> tuple[int, dict[str, str], bytes]:
        """One request: the status, the headers (lower-case names) and the body."""
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        if isinstance(body, str):
            body = body.encode("utf-8")
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers={
                "content-type": "application/json", **(headers or {})})
            response = connection.getresponse()
            return (response.status, {k.lower(): v for k, v in response.getheaders()},
                    response.read())
        finally:
            connection.close()

    def json(self, method: str, path: str, body: Any = None, **kwargs: Any) -> tuple[int, Any]:
        status, _, data = self.request(method, path, body, **kwargs)
        return status, json.loads(data)


@contextmanager
def running_server(*options: str) -> Iterator[Server]:
    """`python -m secret_kb serve --port P OPTIONS`, until the block ends; waits until it answers."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "secret_kb", "serve", "--port", str(port),
                                *options], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    server = Server(port, process)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"secret-kb serve ended: {process.stderr.read().decode()}")
            try:
                if server.request("GET", "/api/health", timeout=5)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("secret-kb serve did not answer within 60 s")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()
