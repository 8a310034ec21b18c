from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostureIntegration")


@_attrs_define
class PostureIntegration:
    """A connection to a device posture provider.

    Attributes:
        id (str):
        provider (str | Unset): Known values falcon, intune, jamfpro, kandji, kolide, sentinelone; others may appear.
        cloud_id (str | Unset): Which of the provider's clouds (or your subdomain's FQDN) to use.
        client_id (str | Unset):
        tenant_id (str | Unset):
        config_updated (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it
            has no value (for example
            the creation time of a device shared in from another tailnet).
        status (PostureIntegrationStatus | Unset): Outcome of the latest synchronisation with the provider.
    """

    id: str
    provider: str | Unset = UNSET
    cloud_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    config_updated: datetime.datetime | None | str | Unset = UNSET
    status: PostureIntegrationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider = self.provider

        cloud_id = self.cloud_id

        client_id = self.client_id

        tenant_id = self.tenant_id

        config_updated: None | str | Unset
        if isinstance(self.config_updated, Unset):
            config_updated = UNSET
        elif isinstance(self.config_updated, datetime.datetime):
            config_updated = self.config_updated.isoformat()
        else:
            config_updated = self.config_updated

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        id = d.pop("id")

        provider = d.pop("provider", UNSET)

        cloud_id = d.pop("cloudId", UNSET)

        client_id = d.pop("clientId", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        _config_updated: Any = d.pop("configUpdated", UNSET)
        config_updated: datetime.datetime | None | str | Unset
        if isinstance(_config_updated, str):
            try:
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(_config_updated)

                config_updated = componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                config_updated = cast("datetime.datetime | None | str | Unset", _config_updated)
        else:
            config_updated = _config_updated

        _status = d.pop("status", UNSET)
        status: PostureIntegrationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PostureIntegrationStatus.from_dict(_status)

        posture_integration = cls(
            id,
            provider,
            cloud_id,
            client_id,
            tenant_id,
            config_updated,
            status,
            d or {},
        )
        return posture_integration

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
