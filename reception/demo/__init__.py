"""Demo data: a deterministic, realistic Russian data set for trying the app and benchmarking it."""

from reception.demo.loader import DemoSummary, load_demo

__all__ = ["DemoSummary", "load_demo"]
