from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.update_tailnet_settings_request_users_role_allowed_to_join_external_tailnets import (
    UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets,
    check_update_tailnet_settings_request_users_role_allowed_to_join_external_tailnets,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTailnetSettingsRequest")


@_attrs_define
class UpdateTailnetSettingsRequest:
    """
    Attributes:
        devices_approval_on (bool | Unset):
        devices_auto_updates_on (bool | Unset):
        devices_key_duration_days (int | Unset):
        users_approval_on (bool | Unset):
        users_role_allowed_to_join_external_tailnets (UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets
            | Unset):
        network_flow_logging_on (bool | Unset):
        regional_routing_on (bool | Unset):
        posture_identity_collection_on (bool | Unset):
        https_enabled (bool | Unset): Devices can get HTTPS certificates.
        acls_externally_managed_on (bool | Unset): The policy file is managed outside the admin console (GitOps,
            Terraform), which stops editing it.
        acls_external_link (str | Unset): Where the externally managed policy file lives.
    """

    devices_approval_on: bool | Unset = UNSET
    devices_auto_updates_on: bool | Unset = UNSET
    devices_key_duration_days: int | Unset = UNSET
    users_approval_on: bool | Unset = UNSET
    users_role_allowed_to_join_external_tailnets: (
        UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets | Unset
    ) = UNSET
    network_flow_logging_on: bool | Unset = UNSET
    regional_routing_on: bool | Unset = UNSET
    posture_identity_collection_on: bool | Unset = UNSET
    https_enabled: bool | Unset = UNSET
    acls_externally_managed_on: bool | Unset = UNSET
    acls_external_link: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        devices_approval_on = self.devices_approval_on

        devices_auto_updates_on = self.devices_auto_updates_on

        devices_key_duration_days = self.devices_key_duration_days

        users_approval_on = self.users_approval_on

        users_role_allowed_to_join_external_tailnets: str | Unset = UNSET
        if not isinstance(self.users_role_allowed_to_join_external_tailnets, Unset):
            users_role_allowed_to_join_external_tailnets = self.users_role_allowed_to_join_external_tailnets

        network_flow_logging_on = self.network_flow_logging_on

        regional_routing_on = self.regional_routing_on

        posture_identity_collection_on = self.posture_identity_collection_on

        https_enabled = self.https_enabled

        acls_externally_managed_on = self.acls_externally_managed_on

        acls_external_link = self.acls_external_link

        field_dict: dict[str, Any] = {}

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
        devices_approval_on = d.pop("devicesApprovalOn", UNSET)

        devices_auto_updates_on = d.pop("devicesAutoUpdatesOn", UNSET)

        devices_key_duration_days = d.pop("devicesKeyDurationDays", UNSET)

        users_approval_on = d.pop("usersApprovalOn", UNSET)

        _users_role_allowed_to_join_external_tailnets = d.pop("usersRoleAllowedToJoinExternalTailnets", UNSET)
        users_role_allowed_to_join_external_tailnets: (
            UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets | Unset
        )
        if isinstance(_users_role_allowed_to_join_external_tailnets, Unset):
            users_role_allowed_to_join_external_tailnets = UNSET
        else:
            users_role_allowed_to_join_external_tailnets = (
                check_update_tailnet_settings_request_users_role_allowed_to_join_external_tailnets(
                    _users_role_allowed_to_join_external_tailnets
                )
            )

        network_flow_logging_on = d.pop("networkFlowLoggingOn", UNSET)

        regional_routing_on = d.pop("regionalRoutingOn", UNSET)

        posture_identity_collection_on = d.pop("postureIdentityCollectionOn", UNSET)

        https_enabled = d.pop("httpsEnabled", UNSET)

        acls_externally_managed_on = d.pop("aclsExternallyManagedOn", UNSET)

        acls_external_link = d.pop("aclsExternalLink", UNSET)

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
        )
