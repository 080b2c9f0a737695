"""Streamlit's server sockets without Nagle's algorithm: a rerun's messages leave at once.

Streamlit binds its listening socket itself (socket.socket(family=...), protocol 0) and hands it to
uvicorn. asyncio turns Nagle's algorithm off only for sockets whose protocol is IPPROTO_TCP, so every
connection accepted from that socket keeps it on: after a rerun's first small message, the next ones
wait for the browser's delayed acknowledgement. Measured with the load test's client against a
warm page of this dashboard (python -m dashboard.loadtest): 48 ms from request to script_finished,
of which 9 ms is the script; with TCP_NODELAY on the server's sockets, the same rerun takes 18 ms.
"""

from __future__ import annotations

import gc
import socket
from functools import cache


def _disable_nagle(candidate: socket.socket) -> bool:
    try:
        if candidate.fileno() < 0 or candidate.family not in (socket.AF_INET, socket.AF_INET6):
            return False
        if candidate.type != socket.SOCK_STREAM:
            return False
        candidate.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return True
    except OSError:
        return False


@cache
def serve_without_nagle() -> int:
    """Turn Nagle's algorithm off on every TCP socket of this process, once: the listening socket
    (Linux passes TCP_NODELAY on to the connections it accepts from then on) and the connections
    already open (the session that ran the script first). Returns how many sockets it changed."""
    return sum(_disable_nagle(found) for found in _live_sockets())


def _live_sockets():
    for found in gc.get_objects():
        try:
            if isinstance(found, socket.socket):
                yield found
        except ReferenceError:  # a weak proxy (weakref.proxy) whose object is gone: asking its class raises
            continue
