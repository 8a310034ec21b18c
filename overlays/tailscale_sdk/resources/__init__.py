"""Resource groups, one module per tag of openapi.yaml, loaded on first use."""
