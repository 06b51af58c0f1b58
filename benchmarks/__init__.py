"""Benchmarks for the scraper: dataset loaders, scoring, peer adapters and the quality gate.

Not an installed package: run the scripts from the project root (``python benchmarks/quality.py``)
or put the project root on ``sys.path`` to import ``benchmarks.scoring`` and friends.
"""
