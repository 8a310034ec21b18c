from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="PostureIntegration")


@_attrs_define
class PostureIntegration:
    """A connection to a device posture provider.

    Attributes:
        id (None | str | Unset):
        provider (None | str | Unset): Known values falcon, intune, jamfpro, kandji, kolide, sentinelone; others may
            appear.
        cloud_id (None | str | Unset): Which of the provider's clouds (or your subdomain's FQDN) to use.
        client_id (None | str | Unset):
        tenant_id (None | str | Unset):
        config_updated (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it
            has no value (for example
            the creation time of a device shared in from another tailnet).
        status (None | PostureIntegrationStatus | Unset):
    """

    id: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    cloud_id: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    config_updated: datetime.datetime | None | str | Unset = UNSET
    status: None | PostureIntegrationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        cloud_id: None | str | Unset
        if isinstance(self.cloud_id, Unset):
            cloud_id = UNSET
        else:
            cloud_id = self.cloud_id

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        config_updated: None | str | Unset
        if isinstance(self.config_updated, Unset):
            config_updated = UNSET
        elif isinstance(self.config_updated, datetime.datetime):
            config_updated = format_time(self.config_updated)
        else:
            config_updated = self.config_updated

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, PostureIntegrationStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if cloud_id is not UNSET:
            field_dict["cloudId"] = cloud_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if config_updated is not UNSET:
            field_dict["configUpdated"] = config_updated
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        provider: None | str | Unset = d.pop("provider", UNSET)

        cloud_id: None | str | Unset = d.pop("cloudId", UNSET)

        client_id: None | str | Unset = d.pop("clientId", UNSET)

        tenant_id: None | str | Unset = d.pop("tenantId", UNSET)

        _config_updated: Any = d.pop("configUpdated", UNSET)
        config_updated: datetime.datetime | None | str | Unset
        if isinstance(_config_updated, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_config_updated)

                config_updated = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                config_updated = _config_updated
        elif _config_updated is None or _config_updated is UNSET or isinstance(_config_updated, str):
            config_updated = _config_updated
        else:
            raise TypeError(
                f"configUpdated: {type(_config_updated).__name__} is not datetime.datetime | None | str | Unset"
            )

        _status: Any = d.pop("status", UNSET)
        status: None | PostureIntegrationStatus | Unset
        if isinstance(_status, dict):
            status_type_0 = PostureIntegrationStatus.from_dict(_status)

            status = status_type_0
        elif _status is None or _status is UNSET:
            status = _status
        else:
            raise TypeError(f"status: {type(_status).__name__} is not None | PostureIntegrationStatus | Unset")

        return cls(
            id,
            provider,
            cloud_id,
            client_id,
            tenant_id,
            config_updated,
            status,
            d or {},
        )

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


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.posture_integration_status import PostureIntegrationStatus  # noqa: E402
