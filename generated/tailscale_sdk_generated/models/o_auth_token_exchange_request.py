from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthTokenExchangeRequest")


@_attrs_define
class OAuthTokenExchangeRequest:
    """
    Attributes:
        client_id (str): The id of the federated identity.
        jwt (str): The OIDC ID token the workload got from its identity provider.
    """

    client_id: str
    jwt: str = _attrs_field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        jwt = self.jwt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "jwt": jwt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        jwt = d.pop("jwt")

        return cls(
            client_id,
            jwt,
        )
