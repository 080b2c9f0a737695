"""The load generator (python -m dashboard.loadtest): its counts, against a stand-in server whose
answers are known, and one short run against the real app. Its timings are the benchmark's business."""

from __future__ import annotations

import asyncio
import random

import pytest
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.util import calc_hash

from dashboard import loadtest
from dashboard.views.navigation import PAGES


def forward(**fields) -> bytes:
    message = ForwardMsg()
    if "exception" in fields:
        message.delta.new_element.exception.message = fields["exception"]
    elif "text" in fields:
        message.delta.new_element.markdown.body = fields["text"]
    elif "not_found" in fields:
        message.page_not_found.page_name = ""
    else:
        message.script_finished = fields["finished"]
    return message.SerializeToString()


async def stand_in_server(requests: list[BackMsg], every_third_fails: bool):
    """Answers each rerun as Streamlit does: some elements, then script_finished; every third run
    shows an exception, and a request for an unknown page gets page_not_found first."""
    known = {calc_hash(page.path) for page in PAGES}

    async def handle(socket):
        async for raw in socket:
            request = BackMsg()
            request.ParseFromString(raw)
            requests.append(request)
            if request.rerun_script.page_script_hash not in known:
                await socket.send(forward(not_found=True))
            await socket.send(forward(text="a page"))
            if every_third_fails and len(requests) % 3 == 0:
                await socket.send(forward(exception="boom"))
            await socket.send(forward(finished=ForwardMsg.FINISHED_SUCCESSFULLY))

    return await websockets.serve(handle, "127.0.0.1", 0, subprotocols=["streamlit"])


RUN_SECONDS = 3.0


def test_the_generator_counts_every_rerun_and_every_error():
    async def scenario():
        requests: list[BackMsg] = []
        server = await stand_in_server(requests, every_third_fails=True)
        port = server.sockets[0].getsockname()[1]
        # Long enough, with short pauses, that a starved machine (the browser tests on the other worker) still asks for
        # many reruns of several pages: a run of 1.5 s once saw too few.
        tally = await loadtest.load(f"http://127.0.0.1:{port}", sessions=4, seconds=RUN_SECONDS, think=0.02)
        server.close()
        await server.wait_closed()
        return requests, tally

    requests, tally = asyncio.run(scenario())
    assert tally.sessions_connected == 4
    # One latency per rerun the server answered, but for the warm-up's first screen (the first request).
    assert len(tally.latencies) == len(requests) - 1 > 8
    assert tally.errors == {"exception on the page": len(requests) // 3}
    pages = {request.rerun_script.page_script_hash for request in requests}
    assert pages <= {calc_hash(page.path) for page in PAGES} and len(pages) > 2
    assert all(request.WhichOneof("type") == "rerun_script" for request in requests)
    # Each rerun is recorded with its page and the moment it was asked for, within the run.
    assert all(0 <= sent <= RUN_SECONDS for _, sent, _ in tally.reruns)
    assert {page for page, _, _ in tally.reruns} <= {page.path for page in PAGES}


def test_the_settled_p95_counts_only_the_reruns_asked_for_after_the_arrivals():
    tally = loadtest.Tally(
        reruns=[("overview", 1, 9.0), ("read", 2, 8.0), ("overview", 16, 0.1), ("overview", 20, 0.2)]
    )
    assert tally.by_page == {"overview": [9.0, 0.1, 0.2], "read": [8.0]}
    assert tally.percentile(0.95) == 9.0
    assert tally.percentile(0.95, after=15) == 0.2
    assert loadtest.arrival_window(60) == 10 and loadtest.arrival_window(8) == 2
    figures = loadtest.summary(tally, sessions=2, seconds=60, memory_mb=None)
    assert figures["p95_s"] == 9.0 and figures["p95_settled_s"] == 0.2 and figures["reruns"] == 4


def test_a_random_view_is_a_page_and_a_link_from_the_tables():
    rng = random.Random(3)
    views = [loadtest.random_view(rng) for _ in range(200)]
    assert {page for page, _ in views} == {page.path for page in PAGES}
    assert all("years=" in query for _, query in views)
    assert {query.split("&")[0] for _, query in views} == {"ui=zh", "ui=en"}  # readers of both interfaces
    assert any("kwic=" in query for page, query in views if page == "keywords")


@pytest.mark.browser
def test_a_short_load_against_the_real_app_has_no_errors():
    figures, tally = loadtest.run_against_server(sessions=3, seconds=4, think=0.3)
    assert tally.errors == {} and figures["sessions_connected"] == 3
    assert figures["reruns"] >= 3 and figures["server_memory_mb"] > 50  # at least each first screen
    # Shared pages counted once: never more than resident memory, and most of the server is its own.
    assert figures["server_memory_mb"] / 2 < figures["server_memory_pss_mb"] <= figures["server_memory_mb"]
