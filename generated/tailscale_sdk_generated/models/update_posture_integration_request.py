from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePostureIntegrationRequest")


@_attrs_define
class UpdatePostureIntegrationRequest:
    """
    Attributes:
        cloud_id (str | Unset):
        client_id (str | Unset):
        tenant_id (str | Unset):
        client_secret (str | Unset):
    """

    cloud_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)

    def to_dict(self) -> dict[str, Any]:
        cloud_id = self.cloud_id

        client_id = self.client_id

        tenant_id = self.tenant_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cloud_id is not UNSET:
            field_dict["cloudId"] = cloud_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cloud_id = d.pop("cloudId", UNSET)

        client_id = d.pop("clientId", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        return cls(
            cloud_id,
            client_id,
            tenant_id,
            client_secret,
        )
