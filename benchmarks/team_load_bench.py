"""Load on a team database (``make bench``, #17): 20 clients adding and editing arguments at once.

A throwaway PostgreSQL server is started as the tests start theirs (tests/postgres_server.py),
prepared with ``db init`` (the shipped world, the roles), and given one editor login per client.
Each client is a thread with its own connection (its own ArgumentStore), in a few processes so
that the clients use both cores. For ``--seconds`` each client loops: add a new argument, or
read one of a few shared ("hot") arguments and write an edit of it at the version it read, so
that clients collide. A refused edit (someone wrote since: a RecordConflict) is counted, not
retried.

Afterwards the benchmark checks from the server what it was told was accepted: every accepted
add is there; no two accepted edits of one argument were at the same version (that would be a
lost update); each hot argument's version is one more than its accepted edits and it holds the
text of the last accepted one; the audit has exactly one row per accepted write, with its
version; and the server counted no deadlock. It prints writes per second (target: 200), the
conflicts refused and what the checks found; figures are printed with PASS or MISS, never
asserted (the machine is shared). Run:
``python -m benchmarks.team_load_bench [--seconds 60] [--clients 20] [--processes 2]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import random
import statistics
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regio_desktop import api

if TYPE_CHECKING:
    from tests.postgres_server import PostgresServer

TARGET_WRITES_PER_S = 200.0
SOURCE = "aiib_members"
"""A shipped source every added argument cites."""


@dataclass
class ClientResult:
    """What one client was told: the writes accepted, the edits refused, any other failure."""

    added: list[str] = field(default_factory=list)
    edits: list[tuple[str, int, str]] = field(default_factory=list)
    """(argument id, the version the accepted edit wrote, the claim it wrote)."""
    conflicts: int = 0
    reads: int = 0
    errors: list[str] = field(default_factory=list)
    deadlocks: int = 0
    latencies_ms: list[float] = field(default_factory=list)


def _argument(argument_id: str, claim: str) -> api.ArgumentRecord:
    return api.ArgumentRecord(
        id=argument_id,
        claim=claim,
        stance="for",
        target_kind="alignment",
        target="multi-vector",
        source=SOURCE,
        states=("KAZ", "UZB"),
        themes=("trade_transit",),
        strength=2,
    )


def hot_ids(count: int) -> list[str]:
    return [f"load_hot_{n:03d}" for n in range(count)]


def _client(
    url: str, number: int, hot: list[str], add_share: float, start: float, stop: float
) -> ClientResult:
    """One client's loop, on its own connection, from ``start`` to ``stop`` (time.time())."""
    result = ClientResult()
    chance = random.Random(number)
    store = api.ArgumentStore(url)
    try:
        store.argument(hot[0])  # connect before the clock starts
        time.sleep(max(0.0, start - time.time()))
        n = 0
        while time.time() < stop:
            n += 1
            began = time.perf_counter()
            try:
                if chance.random() < add_share:
                    argument_id = f"load_{number:02d}_{n:06d}"
                    store.add_argument(_argument(argument_id, f"Client {number}, write {n}."))
                    result.added.append(argument_id)
                else:
                    read = store.argument(chance.choice(hot))
                    result.reads += 1
                    claim = f"Edited by client {number}, write {n}."
                    store.update_argument(dataclasses.replace(read, claim=claim))
                    result.edits.append((read.id, read.row_version + 1, claim))
            except api.RecordConflict:
                result.conflicts += 1
                continue
            except Exception as exc:  # every other failure is counted and shown
                if getattr(exc, "sqlstate", "") == "40P01" or "deadlock" in str(exc).lower():
                    result.deadlocks += 1
                result.errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")
                continue
            result.latencies_ms.append((time.perf_counter() - began) * 1000)
    finally:
        store.close()
    return result


def _process(
    urls: list[tuple[int, str]], hot: list[str], add_share: float, start: float, stop: float
) -> list[ClientResult]:
    """The clients of one process, one thread each."""
    results: dict[int, ClientResult] = {}

    def run(number: int, url: str) -> None:
        results[number] = _client(url, number, hot, add_share, start, stop)

    threads = [threading.Thread(target=run, args=pair) for pair in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [results[number] for number, _ in urls]


@dataclass
class Checks:
    """What the server holds, compared with what the clients were told."""

    missing_adds: int = 0
    same_version_twice: int = 0
    wrong_final: int = 0
    audit_missing: int = 0
    audit_extra: int = 0
    server_deadlocks: int = 0

    @property
    def lost(self) -> int:
        return self.missing_adds + self.same_version_twice + self.wrong_final + self.audit_missing


def check(owner_url: str, database: str, results: list[ClientResult], hot: list[str]) -> Checks:
    import psycopg

    found = Checks()
    added = {a for r in results for a in r.added}
    edits = [e for r in results for e in r.edits]
    with psycopg.connect(owner_url) as con:
        stored: dict[str, int] = dict(
            con.execute("SELECT id, row_version FROM arguments WHERE id LIKE 'load\\_%'").fetchall()
        )
        claims: dict[str, str] = dict(
            con.execute("SELECT id, claim FROM arguments WHERE id = ANY(%s)", [hot])
        )
        audit = Counter(
            con.execute(
                "SELECT record_id, action, row_version FROM audit WHERE record_id LIKE 'load\\_%'"
            ).fetchall()
        )
        row = con.execute(
            "SELECT deadlocks FROM pg_stat_database WHERE datname = %s", [database]
        ).fetchone()
        found.server_deadlocks = int(row[0]) if row else 0
    found.missing_adds = len(added - set(stored))
    versions = Counter((argument_id, version) for argument_id, version, _ in edits)
    found.same_version_twice = sum(n - 1 for n in versions.values() if n > 1)
    last: dict[str, str] = {}
    for argument_id, _version, claim in sorted(edits, key=lambda e: (e[0], e[1])):
        last[argument_id] = claim
    for argument_id in hot:
        accepted = sum(1 for a, _, _ in edits if a == argument_id)
        wrong_version = stored.get(argument_id) != 1 + accepted
        wrong_text = argument_id in last and claims.get(argument_id) != last[argument_id]
        found.wrong_final += int(wrong_version or wrong_text)
    expected = Counter({(a, "insert", 1): 1 for a in added})
    expected.update({(a, "insert", 1): 1 for a in hot})
    expected.update((a, "update", v) for a, v, _ in edits)
    found.audit_missing = sum((expected - audit).values())
    found.audit_extra = sum((audit - expected).values())
    return found


def _prepare(server: PostgresServer, clients: int, hot: list[str]) -> tuple[str, list[str]]:
    """A prepared team database with the hot arguments, and one editor's address per client."""
    database = "regio_load"
    owner = server.create_database(database)
    address = api.team_address(owner)
    api.prepare_team_database(address)
    urls = []
    for n in range(clients):
        name = f"load_client_{n:02d}"
        server.create_login(name, "pw")
        api.grant_team_role(address, name, "editor")
        urls.append(server.url(database, name, "pw"))
    store = api.ArgumentStore(owner)
    try:
        store.write_arguments([_argument(a, "The first wording.") for a in hot], replace=False)
    finally:
        store.close()
    return owner, urls


def run(seconds: float, clients: int, processes: int, hot_count: int, add_share: float) -> int:
    from tests.postgres_server import NO_BINARIES, find_bin_dir, launch_server

    bin_dir = find_bin_dir()
    if bin_dir is None:
        print(f"team load: NOT RUN: {NO_BINARIES}")
        return 1
    server = launch_server(bin_dir, max_connections=clients + 20)
    try:
        hot = hot_ids(hot_count)
        owner, urls = _prepare(server, clients, hot)
        groups = [
            [(n, urls[n]) for n in range(clients) if n % processes == p] for p in range(processes)
        ]
        start = time.time() + 3.0 + processes  # the processes start and connect first
        stop = start + seconds
        context = multiprocessing.get_context("spawn")
        with context.Pool(processes) as pool:
            parts = pool.starmap(_process, [(g, hot, add_share, start, stop) for g in groups])
        elapsed = max(stop, time.time()) - start
        results = [r for part in parts for r in part]
        checks = check(owner, "regio_load", results, hot)
    finally:
        server.stop()
    return report(results, checks, seconds, elapsed, clients, processes, hot_count)


def report(
    results: list[ClientResult],
    checks: Checks,
    seconds: float,
    elapsed: float,
    clients: int,
    processes: int,
    hot_count: int,
) -> int:
    adds = sum(len(r.added) for r in results)
    edits = sum(len(r.edits) for r in results)
    conflicts = sum(r.conflicts for r in results)
    errors = [e for r in results for e in r.errors]
    deadlocks = sum(r.deadlocks for r in results) + checks.server_deadlocks
    latencies = sorted(x for r in results for x in r.latencies_ms)
    rate = (adds + edits) / seconds
    verdict = "PASS" if rate >= TARGET_WRITES_PER_S else "MISS"
    tried = edits + conflicts
    print(
        f"team load: {clients} clients ({processes} processes of threads, one connection "
        f"each), {seconds:.0f} s (ran {elapsed:.1f} s), edits on {hot_count} shared arguments"
    )
    print(
        f"  writes accepted: {adds + edits} ({adds} adds, {edits} edits) = {rate:.0f} writes/s "
        f"(higher is better; target >= {TARGET_WRITES_PER_S:.0f}): {verdict}"
    )
    share = 100 * conflicts / tried if tried else 0.0
    print(
        f"  conflicts detected and refused: {conflicts} of {tried} edits ({share:.1f} %): "
        "an edit read at a version someone had already replaced"
    )
    if latencies:
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        print(
            f"  latency of an accepted write (read included): median "
            f"{statistics.median(latencies):.1f} ms, 95th percentile {p95:.1f} ms (lower is better)"
        )
    print(
        f"  lost writes: {checks.lost} ({checks.missing_adds} adds missing, "
        f"{checks.same_version_twice} edits accepted at a version already written, "
        f"{checks.wrong_final} shared arguments not at their last accepted edit, "
        f"{checks.audit_missing} accepted writes without their audit row; "
        f"{checks.audit_extra} audit rows for no accepted write): "
        f"{'PASS' if checks.lost == 0 and checks.audit_extra == 0 else 'MISS'}"
    )
    print(
        f"  deadlocks: {deadlocks} (server's count {checks.server_deadlocks}); other errors: "
        f"{len(errors) - sum(r.deadlocks for r in results)}: {'PASS' if not errors and not deadlocks else 'MISS'}"
    )
    for line in sorted(set(errors))[:5]:
        print(f"    {line}")
    ok = verdict == "PASS" and checks.lost == 0 and not errors and not deadlocks
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the clients run")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument(
        "--processes", type=int, default=2, help="the clients are shared out among these"
    )
    parser.add_argument("--hot", type=int, default=20, help="shared arguments the edits hit")
    parser.add_argument("--add-share", type=float, default=0.3, help="share of writes that add")
    args = parser.parse_args(argv)
    return run(args.seconds, args.clients, args.processes, args.hot, args.add_share)


if __name__ == "__main__":
    sys.exit(main())
