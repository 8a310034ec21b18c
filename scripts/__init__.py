"""Repository maintenance scripts (run as ``python scripts/NAME.py``)."""
