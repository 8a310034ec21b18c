from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogstreamStatus")


@_attrs_define
class LogstreamStatus:
    """Counters of log streaming of one type.

    Attributes:
        last_activity (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it
            has no value (for example
            the creation time of a device shared in from another tailnet).
        last_error (str | Unset):
        max_body_size (int | Unset):
        num_bytes_sent (int | Unset):
        num_entries_sent (int | Unset):
        num_spoofed_entries (int | Unset):
        num_total_requests (int | Unset):
        num_failed_requests (int | Unset):
        rate_bytes_sent (float | Unset):
        rate_entries_sent (float | Unset):
        rate_total_requests (float | Unset):
        rate_failed_requests (float | Unset):
    """

    last_activity: datetime.datetime | None | str | Unset = UNSET
    last_error: str | Unset = UNSET
    max_body_size: int | Unset = UNSET
    num_bytes_sent: int | Unset = UNSET
    num_entries_sent: int | Unset = UNSET
    num_spoofed_entries: int | Unset = UNSET
    num_total_requests: int | Unset = UNSET
    num_failed_requests: int | Unset = UNSET
    rate_bytes_sent: float | Unset = UNSET
    rate_entries_sent: float | Unset = UNSET
    rate_total_requests: float | Unset = UNSET
    rate_failed_requests: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_activity: None | str | Unset
        if isinstance(self.last_activity, Unset):
            last_activity = UNSET
        elif isinstance(self.last_activity, datetime.datetime):
            last_activity = self.last_activity.isoformat()
        else:
            last_activity = self.last_activity

        last_error = self.last_error

        max_body_size = self.max_body_size

        num_bytes_sent = self.num_bytes_sent

        num_entries_sent = self.num_entries_sent

        num_spoofed_entries = self.num_spoofed_entries

        num_total_requests = self.num_total_requests

        num_failed_requests = self.num_failed_requests

        rate_bytes_sent = self.rate_bytes_sent

        rate_entries_sent = self.rate_entries_sent

        rate_total_requests = self.rate_total_requests

        rate_failed_requests = self.rate_failed_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_activity is not UNSET:
            field_dict["lastActivity"] = last_activity
        if last_error is not UNSET:
            field_dict["lastError"] = last_error
        if max_body_size is not UNSET:
            field_dict["maxBodySize"] = max_body_size
        if num_bytes_sent is not UNSET:
            field_dict["numBytesSent"] = num_bytes_sent
        if num_entries_sent is not UNSET:
            field_dict["numEntriesSent"] = num_entries_sent
        if num_spoofed_entries is not UNSET:
            field_dict["numSpoofedEntries"] = num_spoofed_entries
        if num_total_requests is not UNSET:
            field_dict["numTotalRequests"] = num_total_requests
        if num_failed_requests is not UNSET:
            field_dict["numFailedRequests"] = num_failed_requests
        if rate_bytes_sent is not UNSET:
            field_dict["rateBytesSent"] = rate_bytes_sent
        if rate_entries_sent is not UNSET:
            field_dict["rateEntriesSent"] = rate_entries_sent
        if rate_total_requests is not UNSET:
            field_dict["rateTotalRequests"] = rate_total_requests
        if rate_failed_requests is not UNSET:
            field_dict["rateFailedRequests"] = rate_failed_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _last_activity: Any = d.pop("lastActivity", UNSET)
        last_activity: datetime.datetime | None | str | Unset
        if isinstance(_last_activity, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_last_activity)

                last_activity = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_activity = cast("datetime.datetime | None | str | Unset", _last_activity)
        else:
            last_activity = _last_activity

        last_error = d.pop("lastError", UNSET)

        max_body_size = d.pop("maxBodySize", UNSET)

        num_bytes_sent = d.pop("numBytesSent", UNSET)

        num_entries_sent = d.pop("numEntriesSent", UNSET)

        num_spoofed_entries = d.pop("numSpoofedEntries", UNSET)

        num_total_requests = d.pop("numTotalRequests", UNSET)

        num_failed_requests = d.pop("numFailedRequests", UNSET)

        rate_bytes_sent = d.pop("rateBytesSent", UNSET)

        rate_entries_sent = d.pop("rateEntriesSent", UNSET)

        rate_total_requests = d.pop("rateTotalRequests", UNSET)

        rate_failed_requests = d.pop("rateFailedRequests", UNSET)

        logstream_status = cls(
            last_activity,
            last_error,
            max_body_size,
            num_bytes_sent,
            num_entries_sent,
            num_spoofed_entries,
            num_total_requests,
            num_failed_requests,
            rate_bytes_sent,
            rate_entries_sent,
            rate_total_requests,
            rate_failed_requests,
            d or {},
        )
        return logstream_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
