"""The server's benchmark: N concurrent clients on loopback against ``ask_many`` in-process.

``secret-kb serve`` is started on a free port of 127.0.0.1, in its own
process; N client threads (``--clients``) then send ``POST /api/ask`` for the
saved queries of queries/, in turn, until ``--requests`` answers have come
back, each over a new connection (as a browser's form would). The same
scenarios are answered in this process by ``KnowledgeBase.ask_many`` (in
batches of the same size) and by ``KnowledgeBase.ask`` one at a time.

It prints, for each: the answers per second, the latency's median (p50) and
99th percentile (p99), the CPU time per answer (of the server's process, read
from /proc, for HTTP; of this process for the others), and the ratios of the
server's throughput and CPU time to ``ask_many``'s. On a machine shared with
other work the wall-clock figures depend on the share of the CPU each run
gets (two processes get more than one); the CPU times do not. ``--quick`` is a smoke run (200 requests). Every request is
sent to 127.0.0.1 only, and the run stops by itself (docs/performance.md).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secret_kb import KnowledgeBase, Scenario  # noqa: E402


def scenarios() -> list[dict]:
    """The saved queries' scenarios, in file order."""
    return [Scenario.from_file(path).to_dict() for path in sorted((ROOT / "queries").iterdir())
            if path.suffix in (".toml", ".json")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def post(port: int, body: bytes) -> bytes:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request("POST", "/api/ask?lang=en", body=body,
                           headers={"content-type": "application/json"})
        response = connection.getresponse()
        data = response.read()
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {data[:200]!r}")
        return data
    finally:
        connection.close()


def start_server(port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "secret_kb", "serve", "--port", str(port)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/api/health")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("secret-kb serve did not answer within 60 s")


def cpu_seconds(pid: int) -> float:
    """The user and system CPU time of process ``pid`` so far (Linux: /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def over_http(port: int, bodies: list[bytes], requests: int, clients: int, pid: int) -> dict:
    """``requests`` answers by ``clients`` threads: throughput, latencies, the server's CPU."""
    latencies: list[float] = []
    lock = threading.Lock()
    counter = iter(range(requests))
    failures: list[str] = []

    def client() -> None:
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                return
            began = time.perf_counter()
            try:
                post(port, bodies[index % len(bodies)])
            except Exception as error:  # noqa: BLE001 - reported below
                failures.append(str(error))
                return
            with lock:
                latencies.append(time.perf_counter() - began)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    cpu = cpu_seconds(pid)
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    cpu = cpu_seconds(pid) - cpu
    if failures:
        raise RuntimeError(f"{len(failures)} requests failed: {failures[0]}")
    return summary(len(latencies), elapsed, latencies, cpu)


def in_process(kb: KnowledgeBase, items: list[dict], requests: int, batch: int) -> tuple[dict, dict]:
    """The same answers by ask_many (batches of ``batch``) and by ask, one at a time."""
    work = [items[i % len(items)] for i in range(requests)]
    latencies = []
    cpu = time.process_time()
    began = time.perf_counter()
    for start in range(0, requests, batch):
        one = time.perf_counter()
        kb.ask_many(work[start:start + batch], format="json")
        latencies.append((time.perf_counter() - one) / len(work[start:start + batch]))
    many = summary(requests, time.perf_counter() - began, latencies, time.process_time() - cpu)
    latencies = []
    cpu = time.process_time()
    began = time.perf_counter()
    for scenario in work:
        one = time.perf_counter()
        kb.ask(scenario, format="json")
        latencies.append(time.perf_counter() - one)
    single = summary(requests, time.perf_counter() - began, latencies, time.process_time() - cpu)
    return many, single


def summary(count: int, elapsed: float, latencies: list[float], cpu: float) -> dict:
    ordered = sorted(latencies)
    return {"answers": count, "seconds": elapsed, "per_second": count / elapsed,
            "p50_ms": statistics.median(ordered) * 1000,
            "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
            "cpu_ms_per_answer": cpu / count * 1000}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--requests", type=int, help="answers in all (default 2000)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 200 requests")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args()
    requests = options.requests or (200 if options.quick else 2000)
    items = scenarios()
    bodies = [json.dumps(item).encode("utf-8") for item in items]
    port = free_port()
    server = start_server(port)
    try:
        for body in bodies:  # warm-up: every scenario once
            post(port, body)
        http_figures = over_http(port, bodies, requests, options.clients, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    kb = KnowledgeBase("en")
    kb.ask_many(items, format="json")  # warm-up
    many, single = in_process(kb, items, requests, options.clients)
    ratio = http_figures["per_second"] / many["per_second"]
    cpu_ratio = http_figures["cpu_ms_per_answer"] / many["cpu_ms_per_answer"]
    rows = [(f"HTTP, {options.clients} clients", http_figures), ("ask_many, in-process", many),
            ("ask, in-process, one at a time", single)]
    print(f"{requests} answers of {len(items)} saved queries (lang en)")
    for name, figures in rows:
        print(f"  {name:32} {figures['per_second']:8.1f} answers/s   "
              f"p50 {figures['p50_ms']:7.2f} ms   p99 {figures['p99_ms']:7.2f} ms   "
              f"CPU {figures['cpu_ms_per_answer']:6.2f} ms/answer")
    print(f"  ratio HTTP / ask_many: throughput {ratio:.2f}, CPU per answer {cpu_ratio:.2f}")
    if options.json:
        options.json.write_text(json.dumps({"requests": requests, "clients": options.clients,
                                            "http": http_figures, "ask_many": many,
                                            "ask": single, "ratio": ratio,
                                            "cpu_ratio": cpu_ratio}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
