"""The ``scraper`` command line: data to stdout, messages to stderr, one-line errors.

    scraper extract FILE|- [FILE ...] [--url URL] [--format json|jsonl|markdown|text]
    scraper fetch URL [URL ...] [--format ...] [--ignore-robots] [--cache-dir DIR] [--timeout S]
    scraper batch INPUT [INPUT ...] -o OUT.jsonl [--warc OUT.warc.gz] [--parquet OUT.parquet]
                  [--resume | --overwrite] [--quiet] [politeness and worker options]
    scraper batch INPUT [INPUT ...] -o OUT_DIR --dask SCHEDULER [--warc] [--parquet] [...]
    scraper schema

Exit codes: 0 success, 1 when any input failed (each failure is one line on stderr), 2 usage.
`scraper batch` writes failed pages as error records in its output: it exits 0 when the run
completed, 1 when it could not start or go on or an input file could not be read to the end,
130 when interrupted (resume with --resume). With --dask, 1 also when a partition failed
every attempt.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from . import __version__
from .errors import BatchError, InputError, InputTooLargeError, ScraperError
from .settings import DEFAULT_SETTINGS

if TYPE_CHECKING:
    from .batch import BatchSettings
    from .fetch import FetchSettings
    from .models import Page

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
# The names of `scraper.output.FORMATTERS`, which loads the output models: the commands that
# print pages import it when they run, so that ``scraper batch`` and ``--help`` start without.
FORMATS = ("json", "jsonl", "markdown", "text")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scraper",
        description="Extract articles, updates, editor's notes and teaser cards as JSON.",
    )
    parser.add_argument("--version", action="version", version=f"scraper {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract_cmd = commands.add_parser(
        "extract", help="extract one or more saved HTML pages (.gz is decompressed)"
    )
    extract_cmd.add_argument("files", nargs="+", metavar="FILE", help="HTML file, or - for stdin")
    extract_cmd.add_argument("--url", help="the page's URL (resolves links, dates in the path)")
    extract_cmd.add_argument("--content-type", help="the HTTP Content-Type header, for its charset")
    extract_cmd.add_argument(
        "--format", choices=FORMATS, default="json", help="output format (json)"
    )

    fetch_cmd = commands.add_parser("fetch", help="fetch pages politely, then extract them")
    fetch_cmd.add_argument("urls", nargs="+", metavar="URL", help="http(s) URL of a page")
    fetch_cmd.add_argument("--format", choices=FORMATS, default="json", help="output format (json)")
    fetch_cmd.add_argument(
        "--ignore-robots", action="store_true", help="do not read or obey robots.txt"
    )
    fetch_cmd.add_argument("--cache-dir", help="HTTP cache folder (reruns revalidate, offline)")
    fetch_cmd.add_argument(
        "--timeout", type=float, default=60.0, help="total seconds per page, retries included"
    )
    fetch_cmd.add_argument("--contact-url", help="URL put in the User-Agent for site owners")

    _add_batch_parser(commands)
    commands.add_parser("schema", help="print the JSON Schema of the output")
    return parser


def _add_batch_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = commands.add_parser(
        "batch",
        help="fetch and extract many pages: URL lists, CSV, HTML files or folders, WARC/ARC",
        description="Each input URL becomes one JSON line of OUT (the page, or an error "
        "record). Resumable after a crash or kill with --resume. Progress goes to stderr.",
    )
    batch.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="URL list (one a line, - for stdin), .csv with a url column, .html file, folder, "
        ".warc/.arc (.gz)",
    )
    batch.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="JSONL output (--dask: a folder)"
    )
    batch.add_argument(
        "--warc",
        nargs="?",
        const="",
        metavar="OUT.warc.gz",
        help="also record every exchange as WARC (--dask: no name, one per shard)",
    )
    batch.add_argument(
        "--parquet",
        nargs="?",
        const="",
        metavar="OUT.parquet",
        help="also write Parquet at the end (--dask: no name, one per shard)",
    )
    batch.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="run on the Dask cluster at SCHEDULER (tcp://host:8786): OUT is a folder of "
        "shards and a manifest (pip install 'scraper[distributed]')",
    )
    batch.add_argument(
        "--dask-retries", type=int, default=2, help="extra attempts of a failed partition (2)"
    )
    batch.add_argument(
        "--dask-timeout", type=float, default=10.0, help="seconds to reach the scheduler (10)"
    )
    batch.add_argument(
        "--urls-per-partition",
        type=int,
        default=5000,
        help="--dask: URLs per partition of URL lists (a target: a host is never split)",
    )
    mode = batch.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true", help="continue the run that wrote OUT")
    mode.add_argument("--overwrite", action="store_true", help="replace OUT (and its state)")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    batch.add_argument(
        "--workers", type=int, help="extraction processes (default: one per core; 0: none)"
    )
    batch.add_argument(
        "--per-host-concurrency", type=int, default=2, help="requests at once per host (2)"
    )
    batch.add_argument(
        "--per-host-delay", type=float, default=0.5, help="seconds between requests per host"
    )
    batch.add_argument("--concurrency", type=int, default=64, help="requests at once overall (64)")
    batch.add_argument(
        "--ignore-robots", action="store_true", help="do not read or obey robots.txt"
    )
    batch.add_argument("--cache-dir", help="HTTP cache folder (reruns revalidate, offline)")
    batch.add_argument(
        "--timeout", type=float, default=60.0, help="total seconds per page, retries included"
    )
    batch.add_argument("--contact-url", help="URL put in the User-Agent for site owners")


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(f"input is over the {limit}-byte limit")
    return data


def read_input(name: str, limit: int = DEFAULT_SETTINGS.max_bytes) -> bytes:
    """Read a page from a path or '-' (stdin), decompressing .gz, at most `limit` bytes."""
    if name == "-":
        return _read_limited(sys.stdin.buffer, limit)
    path = Path(name)
    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as stream:
                return _read_limited(stream, limit)  # type: ignore[arg-type]
        with path.open("rb") as stream:
            return _read_limited(stream, limit)
    except IsADirectoryError as error:
        raise InputError(f"{name}: is a directory") from error
    except FileNotFoundError as error:
        raise InputError(f"{name}: no such file") from error
    except PermissionError as error:
        raise InputError(f"{name}: permission denied") from error
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise InputError(f"{name}: cannot read: {error}") from error


def _run_extract(args: argparse.Namespace) -> int:
    from .pipeline import extract

    status = EXIT_OK
    for name in args.files:
        try:
            page = extract(read_input(name), url=args.url, content_type=args.content_type)
        except ScraperError as error:
            print(f"scraper: error: {name}: {error.stage}: {error}", file=sys.stderr)
            status = EXIT_FAILED
            continue
        _write(page, args.format)
    return status


def _write(page: Page, fmt: str) -> None:
    from .output import FORMATTERS

    sys.stdout.write(FORMATTERS[fmt](page))
    if fmt in ("json", "jsonl"):
        sys.stdout.write("\n")


def _run_fetch(args: argparse.Namespace) -> int:
    from .fetch import AsyncFetcher, FetchSettings  # the network stack loads only when used
    from .pipeline import extract

    settings = FetchSettings(
        respect_robots=not args.ignore_robots,
        cache_dir=args.cache_dir,
        total_timeout=args.timeout,
        contact_url=args.contact_url,
    )

    async def run() -> int:
        status = EXIT_OK
        async with AsyncFetcher(settings) as fetcher:
            for url in args.urls:
                try:
                    result = await fetcher.fetch(url)
                    page = extract(
                        result.content, url=result.final_url, content_type=result.content_type
                    )
                except ScraperError as error:
                    print(f"scraper: error: {url}: {error.stage}: {error}", file=sys.stderr)
                    status = EXIT_FAILED
                    continue
                _write(page, args.format)
        return status

    return asyncio.run(run())


def _run_batch(args: argparse.Namespace) -> int:
    from .batch import BatchSettings, QuietReporter, RichReporter, run
    from .fetch import FetchSettings

    try:
        fetch_settings = FetchSettings(
            respect_robots=not args.ignore_robots,
            cache_dir=args.cache_dir,
            total_timeout=args.timeout,
            contact_url=args.contact_url,
            per_host_concurrency=args.per_host_concurrency,
            per_host_delay=args.per_host_delay,
            global_concurrency=args.concurrency,
        )
        settings = BatchSettings(
            workers=args.workers, max_in_flight=max(64, min(args.concurrency, 1024))
        )
    except ValueError as error:
        print(f"scraper: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.dask:
        return _run_distributed(args, settings, fetch_settings)
    if "" in (args.warc, args.parquet):
        print("scraper: error: --warc and --parquet need a file name", file=sys.stderr)
        return EXIT_USAGE
    summary = run(
        args.inputs,
        args.output,
        warc=args.warc,
        parquet=args.parquet,
        resume=args.resume,
        overwrite=args.overwrite,
        settings=settings,
        fetch_settings=fetch_settings,
        reporter=QuietReporter() if args.quiet else RichReporter(),
    )
    return EXIT_FAILED if summary.input_failures else EXIT_OK


def _run_distributed(
    args: argparse.Namespace, settings: BatchSettings, fetch_settings: FetchSettings
) -> int:
    from .batch.distributed import (
        PARTITION_SETTINGS,
        ClusterProgress,
        DistributedSettings,
        run_distributed,
    )
    from .batch.partitions import PartitionPlan

    try:
        options = DistributedSettings(
            retries=args.dask_retries,
            connect_timeout=args.dask_timeout,
            plan=PartitionPlan(urls_per_partition=args.urls_per_partition),
        )
    except ValueError as error:
        print(f"scraper: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.workers is None:  # on a worker, extraction runs in the task (see PARTITION_SETTINGS)
        settings = replace(settings, workers=PARTITION_SETTINGS.workers)
    summary = run_distributed(
        args.inputs,
        args.output,
        args.dask,
        warc=args.warc is not None,
        parquet=args.parquet is not None,
        resume=args.resume,
        overwrite=args.overwrite,
        settings=settings,
        fetch_settings=fetch_settings,
        distributed_settings=options,
        reporter=None if args.quiet else ClusterProgress(),
    )
    return EXIT_FAILED if summary.failed or summary.input_failures else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``scraper`` console script; returns the exit code."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "schema":
            from .schema import page_schema_json

            sys.stdout.write(page_schema_json())
            return EXIT_OK
        if args.command == "fetch":
            return _run_fetch(args)
        if args.command == "batch":
            return _run_batch(args)
        return _run_extract(args)
    except BatchError as error:
        print(f"scraper: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `scraper ... | head` closed the pipe: not an error
        sys.stderr.close()
        return EXIT_OK
    except (KeyboardInterrupt, asyncio.CancelledError):
        hint = "; continue with --resume" if args.command == "batch" else ""
        print(f"scraper: interrupted{hint}", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
