"""Benchmarks: `.venv/bin/python -m bench.<name>`. They read real data from ../shared/data
(relative to the repository; never copied into it) and say so when it is missing."""
