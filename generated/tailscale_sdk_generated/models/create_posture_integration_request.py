from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.posture_provider import PostureProvider, check_posture_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePostureIntegrationRequest")


@_attrs_define
class CreatePostureIntegrationRequest:
    """
    Attributes:
        provider (PostureProvider): A device posture provider.
        client_secret (str):
        cloud_id (str | Unset):
        client_id (str | Unset):
        tenant_id (str | Unset):
    """

    provider: PostureProvider
    client_secret: str = _attrs_field(repr=False)
    cloud_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        client_secret = self.client_secret

        cloud_id = self.cloud_id

        client_id = self.client_id

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
                "clientSecret": client_secret,
            }
        )
        if cloud_id is not UNSET:
            field_dict["cloudId"] = cloud_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = check_posture_provider(d.pop("provider"))

        client_secret = d.pop("clientSecret")

        cloud_id = d.pop("cloudId", UNSET)

        client_id = d.pop("clientId", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        return cls(
            provider,
            client_secret,
            cloud_id,
            client_id,
            tenant_id,
        )
