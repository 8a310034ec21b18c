from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthAppRequest")


@_attrs_define
class OAuthAppRequest:
    """The settings of an OAuth app, for a create or a full update.

    Attributes:
        name (str):
        redirect_ur_is (list[str]): Where users may be sent back to; `https` only, except on loopback hosts
            (`localhost`,
            `127.0.0.1`, `::1`). Hosts that are raw IP addresses are refused.
        scopes (list[str]): Scopes to grant the app.
        description (str | Unset):
        allowed_node_attributes (list[str] | Unset): Custom device posture attributes the app may set (needs the
            `devices:posture_attributes` scope).
    """

    name: str
    redirect_ur_is: list[str]
    scopes: list[str]
    description: str | Unset = UNSET
    allowed_node_attributes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        redirect_ur_is = self.redirect_ur_is

        scopes = self.scopes

        description = self.description

        allowed_node_attributes: list[str] | Unset = UNSET
        if not isinstance(self.allowed_node_attributes, Unset):
            allowed_node_attributes = self.allowed_node_attributes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "redirectURIs": redirect_ur_is,
                "scopes": scopes,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if allowed_node_attributes is not UNSET:
            field_dict["allowedNodeAttributes"] = allowed_node_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        redirect_ur_is: list[str] = d.pop("redirectURIs")

        scopes: list[str] = d.pop("scopes")

        description = d.pop("description", UNSET)

        allowed_node_attributes: list[str] | Unset = d.pop("allowedNodeAttributes", UNSET)

        return cls(
            name,
            redirect_ur_is,
            scopes,
            description,
            allowed_node_attributes,
        )
