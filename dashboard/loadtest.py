"""A load test without browsers: many sessions speaking Streamlit's own websocket protocol.

    python -m dashboard.loadtest --sessions 100 --seconds 60 [--think 2] [--url http://127.0.0.1:8501]

Each session connects to /_stcore/stream as a browser tab does and exchanges the protobuf
messages Streamlit ships (BackMsg from the browser, ForwardMsg from the server). It opens the
first screen, then, until time is up, asks for a random view every `--think` seconds on average:
a page of the navigation with link parameters drawn from the filter table (the message a browser
sends when a page link or a shared link is opened: rerun_script with the page and the query
string). Each rerun is timed from the request to the server's script_finished. Errors: a page
that shows an exception, a page not found, a run that does not finish in time, a dropped
connection. Prints per-rerun latency (p50, p95, max, and the p95 once every session has arrived
and five seconds more have passed: the settled load), reruns, errors and the server's memory
(resident, and proportional: shared pages counted once).
Without --url it starts its own server (dashboard.serve) and stops it afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import statistics
import sys
import time
import urllib.parse
from dataclasses import dataclass, field

from dashboard.filters import GLOBAL, filters_of
from dashboard.i18n import UI_LANGUAGES, using

# A reader looks at a view before changing it: 10 s on average between one session's requests.
THINK = 10.0
RUN_TIMEOUT = 60.0  # seconds a rerun may take before it counts as an error
ARRIVAL_SPREAD = 10.0  # seconds over which the sessions open
SETTLE = 5.0  # seconds after the last session arrives from which the settled p95 counts
CONNECT_TIMEOUT = 30.0  # seconds to open the websocket, as a patient browser would wait
YEAR_CHOICES = ([2016], [2015, 2016], [2016, 2017, 2018], list(range(2014, 2024)), [1978, 1998, 2016])


@dataclass
class Tally:
    """What every session saw, added up: one record per finished rerun, and the errors by kind."""

    # (page, when the request was sent in seconds after `began`, latency in seconds), one per finished rerun
    reruns: list[tuple[str, float, float]] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    sessions_connected: int = 0
    began: float = field(default_factory=time.perf_counter)  # when the load started (after the warm-up)

    @property
    def latencies(self) -> list[float]:
        return [latency for _, _, latency in self.reruns]

    @property
    def by_page(self) -> dict[str, list[float]]:
        pages: dict[str, list[float]] = {}
        for page, _, latency in self.reruns:
            pages.setdefault(page, []).append(latency)
        return pages

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def percentile(self, share: float, after: float = 0.0) -> float:
        """The share-th latency of the reruns requested `after` seconds into the load or later."""
        latencies = [latency for _, sent, latency in self.reruns if sent >= after]
        if not latencies:
            return float("nan")
        ordered = sorted(latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def random_view(rng: random.Random) -> tuple[str, str]:
    """A page of the navigation and a query string: each control of the page changed to its example
    value or left at its default, and a few sets of years, as links people share would hold."""
    from dashboard.views.navigation import PAGES

    page = rng.choice(PAGES).path
    interface = rng.choice(UI_LANGUAGES)  # readers in both interface languages, each link in its own
    pairs = [("ui", interface), *[("years", str(year)) for year in rng.choice(YEAR_CHOICES)]]
    with using(interface):
        for spec in filters_of(page):
            if (
                spec.key not in ("ui", "years")
                and spec.example
                and rng.random() < (0.2 if spec.scope == GLOBAL else 0.5)
            ):
                pairs += [(spec.key, value) for value in spec.written_example()]
    return page, urllib.parse.urlencode(pairs)


def rerun_message(page: str, query: str) -> bytes:
    """The BackMsg a browser sends to run a page with these link parameters."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.util import calc_hash

    message = BackMsg()
    message.rerun_script.query_string = query
    message.rerun_script.page_script_hash = calc_hash(page)  # how st.Page names a page: its URL path
    return message.SerializeToString()


async def run_once(socket, page: str, query: str, tally: Tally) -> None:
    """Send one rerun and read the server's messages until the run finishes; time it, note errors."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    started = time.perf_counter()
    await socket.send(rerun_message(page, query))
    failed = False
    while True:
        raw = await asyncio.wait_for(socket.recv(), RUN_TIMEOUT)
        message = ForwardMsg()
        message.ParseFromString(raw)
        kind = message.WhichOneof("type")
        if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            failed = failed or message.delta.new_element.WhichOneof("type") == "exception"
        elif kind == "page_not_found":
            tally.error("page not found")
        elif kind == "script_finished":
            if message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                continue  # a run this session asked to replace; the new one is still coming
            tally.reruns.append((page, started - tally.began, time.perf_counter() - started))
            if failed:
                tally.error("exception on the page")
            return


async def session(url: str, until: float, think: float, seed: int, tally: Tally) -> None:
    import websockets

    from dashboard.views.navigation import DEFAULT_PAGE

    rng = random.Random(seed)
    address = urllib.parse.urlsplit(url)
    stream = f"ws://{address.netloc}/_stcore/stream"
    try:
        socket = await websockets.connect(
            stream,
            subprotocols=["streamlit"],
            origin=f"{address.scheme}://{address.netloc}",
            max_size=None,
            open_timeout=CONNECT_TIMEOUT,
        )
    except (TimeoutError, OSError, websockets.WebSocketException) as problem:
        tally.error(f"could not connect within {CONNECT_TIMEOUT:.0f} s ({type(problem).__name__})")
        return
    tally.sessions_connected += 1
    try:
        async with socket:
            await run_once(socket, DEFAULT_PAGE, "", tally)  # the first screen, as a new tab opens it
            while time.monotonic() < until:
                await asyncio.sleep(rng.expovariate(1 / think) if think > 0 else 0)
                if time.monotonic() >= until:
                    break
                await run_once(socket, *random_view(rng), tally)
    except TimeoutError:
        tally.error(f"no answer within {RUN_TIMEOUT:.0f} s")
    except (OSError, websockets.WebSocketException) as problem:
        tally.error(f"connection dropped: {type(problem).__name__}")


async def load(url: str, sessions: int, seconds: float, think: float, seed: int = 1) -> Tally:
    """`sessions` sessions at once against the server at `url` for `seconds`; what they saw."""
    # One first screen before the clock starts: the load is on a warm server, tables loaded once per process.
    await session(url, time.monotonic(), 0, seed - 1, Tally())
    tally = Tally()
    until = time.monotonic() + seconds
    # Sessions arrive over the first seconds (a quarter of the run at most), as people opening a shared link do.
    spread = arrival_window(seconds) / max(1, sessions)
    starts = [session(url, until, think, seed * 10_000 + index, tally) for index in range(sessions)]
    await asyncio.gather(*(_after(index * spread, run) for index, run in enumerate(starts)))
    return tally


def arrival_window(seconds: float) -> float:
    """The seconds over which the sessions of a run this long arrive."""
    return min(ARRIVAL_SPREAD, seconds / 4)


async def _after(delay: float, run) -> None:
    await asyncio.sleep(delay)
    await run


def summary(
    tally: Tally, sessions: int, seconds: float, memory_mb: float | None, pss_mb: float | None = None
) -> dict[str, float]:
    return {
        "sessions": sessions,
        "seconds": seconds,
        "sessions_connected": tally.sessions_connected,
        "reruns": len(tally.latencies),
        "errors": tally.error_count,
        "p50_s": statistics.median(tally.latencies) if tally.latencies else float("nan"),
        "p95_s": tally.percentile(0.95),
        # Once every session has arrived and SETTLE seconds more have passed: the server no longer composing
        # the views every newcomer asks for at once. Printed beside the budgeted p95, which counts every rerun.
        "p95_settled_s": tally.percentile(0.95, after=arrival_window(seconds) + SETTLE),
        "max_s": max(tally.latencies) if tally.latencies else float("nan"),
        "server_memory_mb": memory_mb if memory_mb is not None else float("nan"),
        # The same memory with shared pages counted once (see Server.pss_mb): printed beside the budgeted RSS.
        "server_memory_pss_mb": pss_mb if pss_mb is not None else float("nan"),
    }


def run_against_server(sessions: int, seconds: float, think: float, url: str | None = None) -> tuple[dict, Tally]:
    """Run the load against `url`, or against a server of its own (started and stopped here)."""
    from dashboard.serve import streamlit_server

    if url:
        tally = asyncio.run(load(url, sessions, seconds, think))
        return summary(tally, sessions, seconds, None), tally
    with streamlit_server() as server:
        tally = asyncio.run(load(server.url, sessions, seconds, think))
        return summary(tally, sessions, seconds, server.rss_mb(), server.pss_mb()), tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--think", type=float, default=THINK, help=f"mean seconds between a session's requests (default {THINK:g})"
    )
    parser.add_argument("--url", help="a running server (default: start one)")
    args = parser.parse_args(argv)
    # The page table imports the views, whose caches warn that no Streamlit runtime is here: it is not.
    logging.disable(logging.WARNING)
    figures, tally = run_against_server(args.sessions, args.seconds, args.think, args.url)
    for name, value in figures.items():
        print(f"{name:20} {value:,.3f}" if isinstance(value, float) else f"{name:20} {value:,}")
    for page, latencies in sorted(tally.by_page.items(), key=lambda item: -max(item[1])):
        print(
            f"  {page:12} {len(latencies):5} reruns, median {statistics.median(latencies):6.2f} s, max {max(latencies):6.2f} s"
        )
    for kind, count in sorted(tally.errors.items()):
        print(f"error: {kind} × {count}")
    return 1 if tally.error_count else 0


if __name__ == "__main__":
    sys.exit(main())
