"""Benchmarks of tailscale-sdk against its baselines (``make bench``; see bench/__main__.py)."""
