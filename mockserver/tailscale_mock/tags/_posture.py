"""Device posture attributes (part of tag `devices`): values and expiries by device.

Within a tailnet a key always holds values of one type (that of its first value) and keys
are unique regardless of case. A batch (JSON Merge Patch over several devices) is checked
whole before anything is written: one bad device or value and nothing changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._common import ApiError, not_found, parse_time, rfc3339


class PostureAttributes:
    """Attributes (`node:` from Tailscale, `custom:` from the API) by `nodeId`."""

    def __init__(self) -> None:
        self.values: dict[str, dict[str, Any]] = {}
        self.expiries: dict[str, dict[str, str]] = {}

    def view(self, node_id: str) -> dict[str, Any]:
        result: dict[str, Any] = {"attributes": dict(self.values.get(node_id, {}))}
        expiries = self.expiries.get(node_id)
        if expiries:
            result["expiries"] = dict(expiries)
        return result

    def check(self, key: str, value: Any, pending: Mapping[str, Any] | None = None) -> None:
        """400 if `key` clashes (by case or by value type) with a stored or pending key."""
        kind = _value_kind(value)
        stored = (item for attrs in self.values.values() for item in attrs.items())
        for existing_key, existing in [*stored, *(pending or {}).items()]:
            if existing_key.lower() == key.lower() and existing_key != key:
                raise ApiError(
                    400, f"attribute key {key} conflicts with existing key {existing_key}"
                )
            if existing_key == key and _value_kind(existing) != kind:
                raise ApiError(
                    400, f"attribute {key} holds {_value_kind(existing)} values, not {kind}"
                )

    def set(self, node_id: str, key: str, value: Any, expiry: str | None) -> None:
        self.check(key, value)
        self.values.setdefault(node_id, {})[key] = value
        expiries = self.expiries.setdefault(node_id, {})
        if expiry is None:
            expiries.pop(key, None)
        else:
            moment = parse_time(expiry)
            expiries[key] = rfc3339(moment) if moment else expiry

    def delete(self, node_id: str, key: str) -> None:
        if key not in self.values.get(node_id, {}):
            raise not_found("attribute not found")
        del self.values[node_id][key]
        self.expiries.get(node_id, {}).pop(key, None)

    def patch(self, changes: Mapping[str, Mapping[str, Any]]) -> None:
        """Apply a merge patch of several devices (by `nodeId`): a setting writes, None removes.

        Removing an attribute a device does not have is no error (a merge patch states the
        outcome).
        """
        pending: dict[str, Any] = {}
        for settings in changes.values():
            for key, setting in settings.items():
                if setting is not None:
                    self.check(key, setting["value"], pending)
                    pending.setdefault(key, setting["value"])
        for node_id, settings in changes.items():
            for key, setting in settings.items():
                if setting is None:
                    self.values.get(node_id, {}).pop(key, None)
                    self.expiries.get(node_id, {}).pop(key, None)
                else:
                    self.set(node_id, key, setting["value"], setting.get("expiry"))

    def forget(self, node_id: str) -> None:
        self.values.pop(node_id, None)
        self.expiries.pop(node_id, None)


def _value_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "string"
