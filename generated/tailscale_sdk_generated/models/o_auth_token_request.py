from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_token_request_grant_type import OAuthTokenRequestGrantType, check_o_auth_token_request_grant_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenRequest")


@_attrs_define
class OAuthTokenRequest:
    """
    Attributes:
        client_id (str): The OAuth client id.
        client_secret (str): The OAuth client secret (`tskey-client-...`).
        scope (str | Unset): Space-separated scopes to narrow the token to; all of the client's when left out.
        tags (str | Unset): Space-separated tags, for scopes that create tagged devices or keys.
        grant_type (OAuthTokenRequestGrantType | Unset): The OAuth grant; standard OAuth clients send it, and leaving it
            out works too.
    """

    client_id: str
    client_secret: str = _attrs_field(repr=False)
    scope: str | Unset = UNSET
    tags: str | Unset = UNSET
    grant_type: OAuthTokenRequestGrantType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        scope = self.scope

        tags = self.tags

        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if tags is not UNSET:
            field_dict["tags"] = tags
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        scope = d.pop("scope", UNSET)

        tags = d.pop("tags", UNSET)

        _grant_type = d.pop("grant_type", UNSET)
        grant_type: OAuthTokenRequestGrantType | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = check_o_auth_token_request_grant_type(_grant_type)

        return cls(
            client_id,
            client_secret,
            scope,
            tags,
            grant_type,
        )
