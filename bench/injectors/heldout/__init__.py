"""HELD-OUT templates of the consistency injectors, used only by `bench.quality --part test`.

Do not read these modules while developing or tuning a detector: they measure how the
detectors do on wording they were not built on. `bench.injectors.load_all` imports them
only for the test part.
"""
