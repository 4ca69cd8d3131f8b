#!/usr/bin/env python3
"""Times a consumer binary from process start until its first HTTP request reaches the simulator, and until
the process exits, as the median over RUNS runs.

The simulator runs standalone (dotnet Seedance.Contracts.Simulator.dll --urls http://127.0.0.1:0). The binary is
pointed at a small loopback relay in front of it: the relay stamps the moment the first request bytes arrive,
then forwards them to the simulator (and its answer back), so the simulator still serves the request.
Clock: time.perf_counter in this process; t0 is taken just before the child is spawned (fork/exec included).
"""
import argparse
import json
import socket
import statistics
import subprocess
import sys
import threading
import time

LISTENING = "Seedance simulator listening on "


def start_simulator(dll: str):
    proc = subprocess.Popen(["dotnet", dll, "--urls", "http://127.0.0.1:0"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith(LISTENING):
            url = line[len(LISTENING):].strip()
            # Keep draining its output so a full pipe never blocks it.
            threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
            host, port = url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
            return proc, (host, int(port))
    proc.kill()
    sys.exit("the simulator did not print its address within 60 s")


class Relay:
    """Loopback TCP relay that records when the first request bytes of each run arrive."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.first_bytes_at = None
        self.lock = threading.Lock()
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self):
        with self.lock:
            self.first_bytes_at = None

    def _accept(self):
        while True:
            client, _ = self.server.accept()
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        try:
            chunk = client.recv(65536)
            stamp = time.perf_counter()
            with self.lock:
                if self.first_bytes_at is None:
                    self.first_bytes_at = stamp
            upstream = socket.create_connection(self.upstream)
            if chunk:
                upstream.sendall(chunk)
            threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()
            self._pipe(client, upstream)
        except OSError:
            pass

    @staticmethod
    def _pipe(src, dst):
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--simulator", required=True, help="path of Seedance.Contracts.Simulator.dll")
    parser.add_argument("--binary", required=True, help="the consumer binary: <binary> <base-address> <api-key>")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2, help="runs before the measured ones (not counted)")
    parser.add_argument("--expect", default="404", help="text the binary must print")
    parser.add_argument("--key", default="seedance-simulator-key")
    args = parser.parse_args()

    sim, upstream = start_simulator(args.simulator)
    try:
        relay = Relay(upstream)
        base = f"http://127.0.0.1:{relay.port}"
        first, whole = [], []
        for i in range(args.warmup + args.runs):
            relay.reset()
            t0 = time.perf_counter()
            done = subprocess.run([args.binary, base, args.key], capture_output=True, text=True, timeout=60)
            t_exit = time.perf_counter()
            if done.returncode != 0 or args.expect not in done.stdout:
                sys.exit(f"run {i}: exit {done.returncode}, output {done.stdout!r} {done.stderr!r}")
            with relay.lock:
                stamp = relay.first_bytes_at
            if stamp is None:
                sys.exit(f"run {i}: the relay saw no request")
            if i >= args.warmup:
                first.append((stamp - t0) * 1000)
                whole.append((t_exit - t0) * 1000)
        result = {
            "runs": args.runs,
            "warmup_runs": args.warmup,
            "start_to_first_request_ms": {"median": round(statistics.median(first), 1), "min": round(min(first), 1), "max": round(max(first), 1)},
            "start_to_exit_ms": {"median": round(statistics.median(whole), 1), "min": round(min(whole), 1), "max": round(max(whole), 1)},
            "start_to_first_request_ms_all": [round(v, 1) for v in first],
        }
        print(json.dumps(result))
    finally:
        sim.kill()
        sim.wait(10)


if __name__ == "__main__":
    main()
