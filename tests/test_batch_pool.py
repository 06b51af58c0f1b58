"""The extraction pool survives a worker that dies: only the page that kills it is an error."""

from __future__ import annotations

import asyncio
import gc

from scraper.batch import ExtractJob, ExtractOutput
from scraper.batch.runner import _Extractor
from scraper.batch.worker import WORKER_GC_THRESHOLDS
from tests.batch_helpers import CRASH_MARK, crashing_extract_job

PAGE = "<html><body><article><p>Some words of a page.</p></article></body></html>"


def test_a_page_that_kills_its_worker_is_an_error_record_and_the_others_go_on() -> None:
    jobs = [ExtractJob(url=f"https://a.example/{i}", source="test", html=PAGE) for i in range(6)]
    jobs.insert(2, ExtractJob(url=f"https://a.example/{CRASH_MARK}", source="test", html=PAGE))

    async def main() -> list[ExtractOutput]:
        extractor = _Extractor(2, crashing_extract_job)
        try:
            return list(await asyncio.gather(*(extractor.run(job) for job in jobs)))
        finally:
            extractor.close()

    outputs = {output.record.url: output.record for output in asyncio.run(main())}
    crashed = outputs.pop(f"https://a.example/{CRASH_MARK}")
    assert crashed.outcome == "error"
    assert crashed.error is not None and crashed.error.type == "WorkerCrashedError"
    assert {record.outcome for record in outputs.values()} == {"ok"}
    assert len(outputs) == 6


def test_extraction_workers_collect_garbage_rarely_and_skip_what_the_imports_made() -> None:
    pool = _Extractor._new_pool(1)
    try:
        threshold = pool.submit(gc.get_threshold).result(timeout=60)
        frozen = pool.submit(gc.get_freeze_count).result(timeout=60)
    finally:
        pool.shutdown()
    assert threshold == WORKER_GC_THRESHOLDS
    assert frozen > 0
