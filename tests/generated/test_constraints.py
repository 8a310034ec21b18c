"""tailscale_sdk_generated._constraints: the request rules `make generate` copies from the spec."""

from __future__ import annotations

from typing import Any

import spectools

from scripts.check_generated import constraints
from tailscale_sdk_generated._constraints import RULES

TINY: dict[str, Any] = {
    "paths": {
        "/things/{thingId}": {
            "parameters": [
                {"name": "thingId", "in": "path", "schema": {"type": "string", "minLength": 1}}
            ],
            "post": {
                "operationId": "makeThing",
                "parameters": [{"$ref": "#/components/parameters/mode"}],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ThingRequest"}
                        }
                    }
                },
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    }
                },
            },
            "put": {
                "operationId": "putThings",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "minItems": 1, "items": {"type": "object"}}
                        }
                    }
                },
                "responses": {"200": {"description": "done"}},
            },
        }
    },
    "components": {
        "parameters": {
            "mode": {"name": "mode", "in": "query", "schema": {"enum": ["a", "b"]}},
        },
        "schemas": {
            "Label": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 9},
            "Size": {"type": "object", "properties": {"cm": {"type": "integer", "minimum": 1}}},
            "ThingRequest": {
                "type": "object",
                "properties": {
                    "labels": {"type": "array", "items": {"$ref": "#/components/schemas/Label"}},
                    "note": {"type": "string"},
                    "size": {"$ref": "#/components/schemas/Size"},
                    "inner": {
                        "type": "object",
                        "properties": {"n": {"type": "integer", "maximum": 3}},
                    },
                },
            },
            "Thing": {
                "type": "object",
                "properties": {"name": {"type": "string", "pattern": "^x"}},
            },
        },
    },
}


def test_rules_of_a_small_spec() -> None:
    label = {"type": "string", "pattern": "^[a-z]+$", "maxLength": 9}
    assert constraints(TINY) == {
        "Label": label,
        "Size.cm": {"type": "integer", "minimum": 1},
        "ThingRequest.inner.n": {"type": "integer", "maximum": 3},
        "ThingRequest.labels": {"type": "array", "items": label},
        "makeThing.mode": {"enum": ["a", "b"]},
        "makeThing.thingId": {"type": "string", "minLength": 1},
        "putThings.body": {"type": "array", "minItems": 1, "items": {"type": "object"}},
        "putThings.thingId": {"type": "string", "minLength": 1},
    }
    # Left out: response schemas (Thing), unconstrained values (note), and a property that is
    # a schema of its own (size: listed as Size.cm).


def test_the_committed_rules_are_the_spec_s() -> None:
    assert constraints(spectools.load_spec()) == RULES
