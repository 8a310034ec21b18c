from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostureIntegrationStatus")


@_attrs_define
class PostureIntegrationStatus:
    """Outcome of the latest synchronisation with the provider.

    Attributes:
        last_sync (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        error (str | Unset):
        provider_host_count (int | Unset):
        matched_count (int | Unset):
        possible_matched_count (int | Unset):
    """

    last_sync: datetime.datetime | None | str | Unset = UNSET
    error: str | Unset = UNSET
    provider_host_count: int | Unset = UNSET
    matched_count: int | Unset = UNSET
    possible_matched_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_sync: None | str | Unset
        if isinstance(self.last_sync, Unset):
            last_sync = UNSET
        elif isinstance(self.last_sync, datetime.datetime):
            last_sync = self.last_sync.isoformat()
        else:
            last_sync = self.last_sync

        error = self.error

        provider_host_count = self.provider_host_count

        matched_count = self.matched_count

        possible_matched_count = self.possible_matched_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_sync is not UNSET:
            field_dict["lastSync"] = last_sync
        if error is not UNSET:
            field_dict["error"] = error
        if provider_host_count is not UNSET:
            field_dict["providerHostCount"] = provider_host_count
        if matched_count is not UNSET:
            field_dict["matchedCount"] = matched_count
        if possible_matched_count is not UNSET:
            field_dict["possibleMatchedCount"] = possible_matched_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _last_sync: Any = d.pop("lastSync", UNSET)
        last_sync: datetime.datetime | None | str | Unset
        if isinstance(_last_sync, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_last_sync)

                last_sync = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_sync = cast("datetime.datetime | None | str | Unset", _last_sync)
        else:
            last_sync = _last_sync

        error = d.pop("error", UNSET)

        provider_host_count = d.pop("providerHostCount", UNSET)

        matched_count = d.pop("matchedCount", UNSET)

        possible_matched_count = d.pop("possibleMatchedCount", UNSET)

        posture_integration_status = cls(
            last_sync,
            error,
            provider_host_count,
            matched_count,
            possible_matched_count,
            d or {},
        )
        return posture_integration_status

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
