"""A forum on a PostgreSQL server: check-in, registry search and four desks at once (prints).

Starts its own server (kppforum/db/pg_host.py: system PostgreSQL, fsync on, loopback), puts a
demo forum with a 50,000-person registry on it (``push``), then times, with the services the
app uses:

* ``check-in``   ``check_in`` one at a time, 500 people (one durable transaction each, audit
                 row and change notice included): median, CPU and wall;
* ``search``     ``search_people(limit=50)``: 3+ character name parts (pg_trgm), 2-character
                 prefixes, two words, community names: p95;
* ``4 desks``    four processes checking in 250 people each at the same moment: check-ins/s;
* ``floor``      ``SELECT 1`` round trips on one connection: what any statement costs here.

``--delay-ms 5`` runs the same through a small TCP relay on loopback that holds every packet
from the server for 5 ms (the netem qdisc is not available in this kernel: see README.md).

    .venv/bin/python bench/bench_pg.py [--residents 50000] [--check-ins 500] [--delay-ms 0]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import secrets
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchlib import Result, Stats, machine, print_results


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DelayRelay:
    """127.0.0.1:port -> server, each chunk from the server delivered *delay* s late, in order."""

    def __init__(self, target_port: int, delay: float) -> None:
        self.target_port = target_port
        self.delay = delay
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(self._serve(), self.loop).result()

    async def _serve(self) -> None:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", self.port)

    async def _client(self, reader, writer) -> None:
        up_r, up_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        up_w.transport.set_write_buffer_limits(0)
        await asyncio.gather(self._pipe(reader, up_w, 0.0), self._pipe(up_r, writer, self.delay))

    async def _pipe(self, reader, writer, delay: float) -> None:
        queue: asyncio.Queue = asyncio.Queue()

        async def send() -> None:
            while True:
                due, data = await queue.get()
                if data is None:
                    writer.close()
                    return
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)

        sender = asyncio.ensure_future(send())
        while data := await reader.read(65536):
            queue.put_nowait((time.monotonic() + delay, data))
        queue.put_nowait((0, None))
        await sender


def _desk(url: str, meeting_id: int, people: list[int], start, out) -> None:
    from kppforum.services.attendance import check_in
    from kppforum.services.forum_files import open_forum

    forum = open_forum(url)
    errors = 0
    start.wait()
    t0 = time.perf_counter()
    for pid in people:
        try:
            check_in(forum, meeting_id, pid, desk="bench")
        except Exception:
            errors += 1
    out.put((time.perf_counter() - t0, errors))
    forum.close()


def measure(url: str, meeting_id: int, ids: list[int], check_ins: int, label: str):
    from sqlalchemy import text

    from kppforum.services.attendance import check_in
    from kppforum.services.forum_files import open_forum
    from kppforum.services.people import search_people

    results: list[Result] = []
    forum = open_forum(url)
    rng = random.Random(2562)
    pool = rng.sample(ids, check_ins + 1000)
    mine, desks = pool[:check_ins], pool[check_ins:]
    # floor: one round trip
    with forum.engine.connect() as conn:
        floor = []
        for _ in range(200):
            t = time.perf_counter()
            conn.execute(text("SELECT 1"))
            floor.append((time.perf_counter() - t) * 1000)
    results.append(
        Result(label, "floor: SELECT 1 round trip, median", statistics.median(floor), None)
    )
    check_in(forum, meeting_id, mine[0], desk="warm-up")
    wall, cpu = [], []
    for pid in mine[1:]:
        t, c = time.perf_counter(), time.process_time()
        check_in(forum, meeting_id, pid, desk="bench")
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    w = Stats.of(wall)
    print(f"[{label}] check-in wall  {w.line()}")
    print(f"[{label}] check-in CPU   {Stats.of(cpu).line()}")
    results.append(Result(label, "check-in median (wall)", w.p50, 10.0))
    results.append(
        Result(label, "check-in median (CPU, this process)", statistics.median(cpu), None)
    )
    # search
    with forum.read() as s:
        names = s.execute(text("SELECT first_name, last_name FROM person ORDER BY id")).all()
        communities = [r[0] for r in s.execute(text("SELECT name FROM community"))]
    queries = []
    for _ in range(80):
        first, last = rng.choice(names)
        i = rng.randrange(max(1, len(first) - 3))
        queries += [first[i : i + 3], last[:2], f"{first[:3]} {last[:2]}", rng.choice(communities)]
    for q in queries[:20]:
        search_people(forum, q)
    times, cpu = [], []
    for q in queries:
        t, c = time.perf_counter(), time.process_time()
        search_people(forum, q, limit=50)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    s_wall = Stats.of(times)
    print(f"[{label}] search wall    {s_wall.line()}")
    print(f"[{label}] search CPU     {Stats.of(cpu).line()}")
    results.append(Result(label, "search p95 (wall)", s_wall.p95, 20.0))
    results.append(Result(label, "search p95 (CPU, this process)", Stats.of(cpu).p95, None))
    forum.close()
    # four desks
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(
            target=_desk, args=(url, meeting_id, desks[d * 250 : (d + 1) * 250], start, out)
        )
        for d in range(4)
    ]
    for p in procs:
        p.start()
    time.sleep(3)
    t0 = time.perf_counter()
    start.set()
    done = [out.get(timeout=600) for _ in procs]
    elapsed = time.perf_counter() - t0
    for p in procs:
        p.join()
    rate = 1000 / elapsed
    print(
        f"[{label}] four desks: 1000 check-ins in {elapsed:.2f} s = {rate:.0f}/s, errors "
        f"{sum(e for _, e in done)}"
    )
    results.append(
        Result(label, "4 desks together, check-ins/s (higher is better)", rate, None, "/s")
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=50_000)
    parser.add_argument("--check-ins", type=int, default=500)
    parser.add_argument("--delay-ms", type=float, default=5.0)
    args = parser.parse_args()
    from kppforum.db import pg_host
    from kppforum.services.demo import DemoOptions, create_demo_forum
    from kppforum.services.forum_files import open_forum, push
    from kppforum.services.meetings import list_meetings

    print(machine())
    folder = Path(tempfile.mkdtemp(prefix="kppforum-benchpg-"))
    folder.chmod(0o755)
    cluster = pg_host.Cluster(folder / "data", port=free_port())
    password = secrets.token_urlsafe(12)
    cluster.init(password, fsync=True)
    cluster.start()
    try:
        with pg_host.pg_conn(cluster.port, "postgres", password, "postgres") as conn:
            conn.execute("CREATE DATABASE bench")
        file = folder / "demo.kppforum"
        create_demo_forum(
            file, DemoOptions(attendees=0, proposals=50, residents=args.residents)
        ).close()
        url = f"postgresql://postgres:{password}@127.0.0.1:{cluster.port}/bench"
        t = time.perf_counter()
        counts = push(file, url)
        print(f"push of {counts['person']} people: {time.perf_counter() - t:.1f} s")
        forum = open_forum(url)
        meeting = list_meetings(forum)[0].id
        with forum.read() as s:
            from sqlalchemy import text

            ids = list(s.scalars(text("SELECT id FROM person ORDER BY id")))
        forum.close()
        results = measure(url, meeting, ids, args.check_ins, "loopback")
        if args.delay_ms:
            with pg_host.pg_conn(cluster.port, "postgres", password, "bench") as conn:
                conn.execute("DELETE FROM attendance")
            relay = DelayRelay(cluster.port, args.delay_ms / 1000)
            delayed = url.replace(f":{cluster.port}/", f":{relay.port}/")
            results += measure(delayed, meeting, ids, args.check_ins, f"+{args.delay_ms:g}ms")
        print()
        print_results(results)
    finally:
        cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
