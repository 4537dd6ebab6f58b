#!/usr/bin/env python3
"""How fast `/healthz` answers while the service is saturated (issue 12: < 50 ms).

Runs `target/release/examples/e2e_bench --burst-only` (the largest allowed articles,
packed with entity names) and, while it runs, polls `/healthz` of every `enricher serve`
the bench starts (found as a child process and its listening port) every 20 ms, each
request on a new connection with a 5 s timeout. Prints the bench's output, then per
service the number of polls and the p50, p99 and max answer times.

    python3 scripts/healthz_under_burst.py [e2e_bench arguments, e.g. --burst 60]
"""
import os
import re
import socket
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "target/release/examples/e2e_bench")


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def listen_port(pid):
    """The TCP port `pid` listens on (its metrics endpoint), if any."""
    inodes = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
            m = re.match(r"socket:\[(\d+)\]", link)
            if m:
                inodes.add(m.group(1))
    except OSError:
        return None
    with open("/proc/net/tcp") as f:
        for line in f.readlines()[1:]:
            cols = line.split()
            local, state, inode = cols[1], cols[3], cols[9]
            if state == "0A" and inode in inodes:  # LISTEN
                return int(local.split(":")[1], 16)
    return None


def poll(port, stop, times):
    request = b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    while not stop.is_set():
        started = time.perf_counter()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                s.sendall(request)
                data = b""
                while True:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    data += chunk
            if b" 200 " in data.split(b"\r\n", 1)[0]:
                times.append((time.perf_counter() - started) * 1000)
        except OSError:
            pass  # the service is starting or gone
        time.sleep(0.02)


def main():
    bench = subprocess.Popen([BENCH, "--burst-only", *sys.argv[1:]])
    polled = {}  # service pid -> (port, times)
    stop = threading.Event()
    threads = []
    while bench.poll() is None:
        for pid in children(bench.pid):
            if pid in polled:
                continue
            port = listen_port(pid)
            if port:
                times = []
                polled[pid] = (port, times)
                t = threading.Thread(target=poll, args=(port, stop, times), daemon=True)
                t.start()
                threads.append(t)
        time.sleep(0.05)
    stop.set()
    for t in threads:
        t.join()
    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    for pid, (port, times) in polled.items():
        times.sort()
        if not times:
            print(f"service pid {pid}: no /healthz answer")
            continue
        q = lambda p: times[min(int(len(times) * p), len(times) - 1)]
        print(
            f"service pid {pid}: /healthz {len(times)} polls, p50 {q(0.5):.1f} ms, "
            f"p99 {q(0.99):.1f} ms, max {times[-1]:.1f} ms (target < 50 ms), load {load}"
        )
    sys.exit(bench.returncode)


if __name__ == "__main__":
    main()
