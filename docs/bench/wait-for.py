#!/usr/bin/env python3
"""Waits, cheaply, until an address on loopback answers 200, for the start-up benchmarks.

  wait-for.py <t0 in ns since the epoch> <pid> <url>

Prints the milliseconds from t0 to the moment the answer arrived; exits 1 if the process <pid>
ends first. One process polls every 5 ms with a plain socket: a refused connection costs a system
call. The earlier loop started a curl and a sleep every 20 ms, about 9 ms of CPU each round, which
took some 8 % of this 2-core machine away from the start it measured (docs/performance.md).
"""
import http.client
import os
import sys
import time
import urllib.parse


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def main():
    t0, pid, url = int(sys.argv[1]), int(sys.argv[2]), urllib.parse.urlsplit(sys.argv[3])
    path = url.path + ("?" + url.query if url.query else "")
    while True:
        try:
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            connection.request("GET", path)
            status = connection.getresponse().status
            connection.close()
            if status == 200:
                print((time.time_ns() - t0) // 1_000_000)
                return 0
        except OSError:
            pass
        if not alive(pid):
            return 1
        time.sleep(0.005)


if __name__ == "__main__":
    sys.exit(main())
