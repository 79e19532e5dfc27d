"""Performance benchmarks: `python -m benchmarks` (or `make bench`) runs every `bench_*.py` module.

A module joins the suite by existing: `benchmarks/bench_<area>.py` exposing
`run(quick: bool) -> list[Figure]`. Shared tools (figures, subprocess timing with peak memory,
sizes, demo stores, the machine header) live in `benchmarks.harness`. Not part of `make test`,
which only checks that every benchmark still runs on tiny sizes.
"""
