"""The package version, the same as ``version`` in pyproject.toml (a test checks it).

Written here rather than read with ``importlib.metadata``, which costs ~5 ms of imports and a
scan of ``sys.path`` in every process that builds a client (the User-Agent names it).
"""

__all__ = ["__version__"]

__version__ = "0.3.0"
