from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsExternalId")


@_attrs_define
class AwsExternalId:
    """An external id for an AWS role trust policy.

    Attributes:
        id (int | None | str | Unset): A numeric id the API sends as a JSON number in some places and a string in
            others.
        external_id (None | str | Unset):
        tailscale_aws_account_id (None | str | Unset):
    """

    id: int | None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    tailscale_aws_account_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        tailscale_aws_account_id: None | str | Unset
        if isinstance(self.tailscale_aws_account_id, Unset):
            tailscale_aws_account_id = UNSET
        else:
            tailscale_aws_account_id = self.tailscale_aws_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if tailscale_aws_account_id is not UNSET:
            field_dict["tailscaleAwsAccountId"] = tailscale_aws_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | str | Unset = d.pop("id", UNSET)

        external_id: None | str | Unset = d.pop("externalId", UNSET)

        tailscale_aws_account_id: None | str | Unset = d.pop("tailscaleAwsAccountId", UNSET)

        return cls(
            id,
            external_id,
            tailscale_aws_account_id,
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
