from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, format_time, parse_time

T = TypeVar("T", bound="CreateOrganizationTailnetResponse")


@_attrs_define
class CreateOrganizationTailnetResponse:
    """A tailnet just created, and an OAuth client for it.

    Attributes:
        id (None | str | Unset): The tailnet id.
        display_name (None | str | Unset):
        org_id (None | str | Unset): The id of the organization.
        dns_name (None | str | Unset): The tailnet's DNS name, under which its MagicDNS names are made.
        created_at (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        oauth_client (None | TailnetOAuthClient | Unset):
        already_exists (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
    """

    id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    org_id: None | str | Unset = UNSET
    dns_name: None | str | Unset = UNSET
    created_at: datetime.datetime | None | str | Unset = UNSET
    oauth_client: None | TailnetOAuthClient | Unset = UNSET
    already_exists: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        dns_name: None | str | Unset
        if isinstance(self.dns_name, Unset):
            dns_name = UNSET
        else:
            dns_name = self.dns_name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = format_time(self.created_at)
        else:
            created_at = self.created_at

        oauth_client: dict[str, Any] | None | Unset
        if isinstance(self.oauth_client, Unset):
            oauth_client = UNSET
        elif isinstance(self.oauth_client, TailnetOAuthClient):
            oauth_client = self.oauth_client.to_dict()
        else:
            oauth_client = self.oauth_client

        already_exists: bool | None | Unset
        if isinstance(self.already_exists, Unset):
            already_exists = UNSET
        else:
            already_exists = self.already_exists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if dns_name is not UNSET:
            field_dict["dnsName"] = dns_name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if oauth_client is not UNSET:
            field_dict["oauthClient"] = oauth_client
        if already_exists is not UNSET:
            field_dict["alreadyExists"] = already_exists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        org_id: None | str | Unset = d.pop("orgId", UNSET)

        dns_name: None | str | Unset = d.pop("dnsName", UNSET)

        _created_at: Any = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | None | str | Unset
        if isinstance(_created_at, str):
            try:
                componentsschemas_timestamp_type_0 = parse_time(_created_at)

                created_at = componentsschemas_timestamp_type_0
            except ValueError:  # not a time: kept as the string it is
                created_at = _created_at
        elif _created_at is None or _created_at is UNSET or isinstance(_created_at, str):
            created_at = _created_at
        else:
            raise TypeError(f"createdAt: {type(_created_at).__name__} is not datetime.datetime | None | str | Unset")

        _oauth_client: Any = d.pop("oauthClient", UNSET)
        oauth_client: None | TailnetOAuthClient | Unset
        if isinstance(_oauth_client, dict):
            oauth_client_type_0 = TailnetOAuthClient.from_dict(_oauth_client)

            oauth_client = oauth_client_type_0
        elif _oauth_client is None or _oauth_client is UNSET:
            oauth_client = _oauth_client
        else:
            raise TypeError(f"oauthClient: {type(_oauth_client).__name__} is not None | TailnetOAuthClient | Unset")

        already_exists: bool | None | Unset = d.pop("alreadyExists", UNSET)

        return cls(
            id,
            display_name,
            org_id,
            dns_name,
            created_at,
            oauth_client,
            already_exists,
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
from ..models.tailnet_o_auth_client import TailnetOAuthClient  # noqa: E402
