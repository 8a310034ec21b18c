from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TailnetSettings")


@_attrs_define
class TailnetSettings:
    """Tailnet-wide settings.

    Attributes:
        devices_approval_on (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        devices_auto_updates_on (bool | None | Unset): A boolean the API sends as `null` when it does not know the
            value.
        devices_key_duration_days (int | Unset): Days before a device's node key expires.
        users_approval_on (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        users_role_allowed_to_join_external_tailnets (None | str | Unset): Known values none, admin and member; others
            may appear.
        network_flow_logging_on (bool | None | Unset): A boolean the API sends as `null` when it does not know the
            value.
        regional_routing_on (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        posture_identity_collection_on (bool | None | Unset): A boolean the API sends as `null` when it does not know
            the value.
        https_enabled (bool | None | Unset): A boolean the API sends as `null` when it does not know the value.
        acls_externally_managed_on (bool | None | Unset): A boolean the API sends as `null` when it does not know the
            value.
        acls_external_link (None | str | Unset): Where the externally managed policy file lives, linked from the admin
            console.
    """

    devices_approval_on: bool | None | Unset = UNSET
    devices_auto_updates_on: bool | None | Unset = UNSET
    devices_key_duration_days: int | Unset = UNSET
    users_approval_on: bool | None | Unset = UNSET
    users_role_allowed_to_join_external_tailnets: None | str | Unset = UNSET
    network_flow_logging_on: bool | None | Unset = UNSET
    regional_routing_on: bool | None | Unset = UNSET
    posture_identity_collection_on: bool | None | Unset = UNSET
    https_enabled: bool | None | Unset = UNSET
    acls_externally_managed_on: bool | None | Unset = UNSET
    acls_external_link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        devices_approval_on: bool | None | Unset
        if isinstance(self.devices_approval_on, Unset):
            devices_approval_on = UNSET
        else:
            devices_approval_on = self.devices_approval_on

        devices_auto_updates_on: bool | None | Unset
        if isinstance(self.devices_auto_updates_on, Unset):
            devices_auto_updates_on = UNSET
        else:
            devices_auto_updates_on = self.devices_auto_updates_on

        devices_key_duration_days = self.devices_key_duration_days

        users_approval_on: bool | None | Unset
        if isinstance(self.users_approval_on, Unset):
            users_approval_on = UNSET
        else:
            users_approval_on = self.users_approval_on

        users_role_allowed_to_join_external_tailnets: None | str | Unset
        if isinstance(self.users_role_allowed_to_join_external_tailnets, Unset):
            users_role_allowed_to_join_external_tailnets = UNSET
        else:
            users_role_allowed_to_join_external_tailnets = self.users_role_allowed_to_join_external_tailnets

        network_flow_logging_on: bool | None | Unset
        if isinstance(self.network_flow_logging_on, Unset):
            network_flow_logging_on = UNSET
        else:
            network_flow_logging_on = self.network_flow_logging_on

        regional_routing_on: bool | None | Unset
        if isinstance(self.regional_routing_on, Unset):
            regional_routing_on = UNSET
        else:
            regional_routing_on = self.regional_routing_on

        posture_identity_collection_on: bool | None | Unset
        if isinstance(self.posture_identity_collection_on, Unset):
            posture_identity_collection_on = UNSET
        else:
            posture_identity_collection_on = self.posture_identity_collection_on

        https_enabled: bool | None | Unset
        if isinstance(self.https_enabled, Unset):
            https_enabled = UNSET
        else:
            https_enabled = self.https_enabled

        acls_externally_managed_on: bool | None | Unset
        if isinstance(self.acls_externally_managed_on, Unset):
            acls_externally_managed_on = UNSET
        else:
            acls_externally_managed_on = self.acls_externally_managed_on

        acls_external_link: None | str | Unset
        if isinstance(self.acls_external_link, Unset):
            acls_external_link = UNSET
        else:
            acls_external_link = self.acls_external_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if devices_approval_on is not UNSET:
            field_dict["devicesApprovalOn"] = devices_approval_on
        if devices_auto_updates_on is not UNSET:
            field_dict["devicesAutoUpdatesOn"] = devices_auto_updates_on
        if devices_key_duration_days is not UNSET:
            field_dict["devicesKeyDurationDays"] = devices_key_duration_days
        if users_approval_on is not UNSET:
            field_dict["usersApprovalOn"] = users_approval_on
        if users_role_allowed_to_join_external_tailnets is not UNSET:
            field_dict["usersRoleAllowedToJoinExternalTailnets"] = users_role_allowed_to_join_external_tailnets
        if network_flow_logging_on is not UNSET:
            field_dict["networkFlowLoggingOn"] = network_flow_logging_on
        if regional_routing_on is not UNSET:
            field_dict["regionalRoutingOn"] = regional_routing_on
        if posture_identity_collection_on is not UNSET:
            field_dict["postureIdentityCollectionOn"] = posture_identity_collection_on
        if https_enabled is not UNSET:
            field_dict["httpsEnabled"] = https_enabled
        if acls_externally_managed_on is not UNSET:
            field_dict["aclsExternallyManagedOn"] = acls_externally_managed_on
        if acls_external_link is not UNSET:
            field_dict["aclsExternalLink"] = acls_external_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        devices_approval_on: bool | None | Unset = d.pop("devicesApprovalOn", UNSET)

        devices_auto_updates_on: bool | None | Unset = d.pop("devicesAutoUpdatesOn", UNSET)

        devices_key_duration_days = d.pop("devicesKeyDurationDays", UNSET)

        users_approval_on: bool | None | Unset = d.pop("usersApprovalOn", UNSET)

        users_role_allowed_to_join_external_tailnets: None | str | Unset = d.pop(
            "usersRoleAllowedToJoinExternalTailnets", UNSET
        )

        network_flow_logging_on: bool | None | Unset = d.pop("networkFlowLoggingOn", UNSET)

        regional_routing_on: bool | None | Unset = d.pop("regionalRoutingOn", UNSET)

        posture_identity_collection_on: bool | None | Unset = d.pop("postureIdentityCollectionOn", UNSET)

        https_enabled: bool | None | Unset = d.pop("httpsEnabled", UNSET)

        acls_externally_managed_on: bool | None | Unset = d.pop("aclsExternallyManagedOn", UNSET)

        acls_external_link: None | str | Unset = d.pop("aclsExternalLink", UNSET)

        return cls(
            devices_approval_on,
            devices_auto_updates_on,
            devices_key_duration_days,
            users_approval_on,
            users_role_allowed_to_join_external_tailnets,
            network_flow_logging_on,
            regional_routing_on,
            posture_identity_collection_on,
            https_enabled,
            acls_externally_managed_on,
            acls_external_link,
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
