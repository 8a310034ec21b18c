from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="OAuthApp")


@_attrs_define
class OAuthApp:
    """An application registered to sign users in with the OAuth authorization-code flow (not
    an OAuth client, which is a key).

        Attributes:
            id (None | str | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            redirect_ur_is (list[str] | None | Unset): Where the authorization-code flow may send users back to.
            scopes (list[str] | None | Unset): Scopes the app is granted.
            allowed_node_attributes (list[str] | None | Unset): Custom device posture attributes the app may set.
            client_secret (None | str | Unset): The app's client secret; only in the response that created the app.
            created (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
                value (for example
                the creation time of a device shared in from another tailnet).
            updated (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has no
                value (for example
                the creation time of a device shared in from another tailnet).
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    redirect_ur_is: list[str] | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    allowed_node_attributes: list[str] | None | Unset = UNSET
    client_secret: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    created: datetime.datetime | None | str | Unset = UNSET
    updated: datetime.datetime | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        redirect_ur_is: list[str] | None | Unset
        if isinstance(self.redirect_ur_is, Unset):
            redirect_ur_is = UNSET
        elif isinstance(self.redirect_ur_is, list):
            redirect_ur_is = self.redirect_ur_is

        else:
            redirect_ur_is = self.redirect_ur_is

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        allowed_node_attributes: list[str] | None | Unset
        if isinstance(self.allowed_node_attributes, Unset):
            allowed_node_attributes = UNSET
        elif isinstance(self.allowed_node_attributes, list):
            allowed_node_attributes = self.allowed_node_attributes

        else:
            allowed_node_attributes = self.allowed_node_attributes

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = format_time(self.created)
        else:
            created = self.created

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        elif isinstance(self.updated, datetime.datetime):
            updated = format_time(self.updated)
        else:
            updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if redirect_ur_is is not UNSET:
            field_dict["redirectURIs"] = redirect_ur_is
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if allowed_node_attributes is not UNSET:
            field_dict["allowedNodeAttributes"] = allowed_node_attributes
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        redirect_ur_is: list[str] | None | Unset = d.pop("redirectURIs", UNSET)

        scopes: list[str] | None | Unset = d.pop("scopes", UNSET)

        allowed_node_attributes: list[str] | None | Unset = d.pop("allowedNodeAttributes", UNSET)

        client_secret: None | str | Unset = d.pop("clientSecret", UNSET)

        _created: Any = d.pop("created", UNSET)
        created: datetime.datetime | None | str | Unset
        if isinstance(_created, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_created)

                created = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                created = _created
        elif _created is None or _created is UNSET or isinstance(_created, str):
            created = _created
        else:
            raise TypeError(f"created: {type(_created).__name__} is not datetime.datetime | None | str | Unset")

        _updated: Any = d.pop("updated", UNSET)
        updated: datetime.datetime | None | str | Unset
        if isinstance(_updated, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_updated)

                updated = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                updated = _updated
        elif _updated is None or _updated is UNSET or isinstance(_updated, str):
            updated = _updated
        else:
            raise TypeError(f"updated: {type(_updated).__name__} is not datetime.datetime | None | str | Unset")

        return cls(
            id,
            name,
            description,
            redirect_ur_is,
            scopes,
            allowed_node_attributes,
            client_secret,
            created,
            updated,
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
