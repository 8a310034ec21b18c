"""Tailnet settings (spec tag ``tailnet-settings``): ``ts.tailnet_settings``."""

from __future__ import annotations

from functools import partial

from tailscale_sdk_generated.api.tailnet_settings import (
    get_tailnet_settings,
    update_tailnet_settings,
)
from tailscale_sdk_generated.models.tailnet_settings import TailnetSettings as SettingsModel
from tailscale_sdk_generated.models.update_tailnet_settings_request import (
    UpdateTailnetSettingsRequest,
)
from tailscale_sdk_generated.models.update_tailnet_settings_request_users_role_allowed_to_join_external_tailnets import (  # noqa: E501
    UPDATE_TAILNET_SETTINGS_REQUEST_USERS_ROLE_ALLOWED_TO_JOIN_EXTERNAL_TAILNETS_VALUES as _ROLES,
)
from tailscale_sdk_generated.models.update_tailnet_settings_request_users_role_allowed_to_join_external_tailnets import (  # noqa: E501
    UpdateTailnetSettingsRequestUsersRoleAllowedToJoinExternalTailnets as ExternalRole,
)
from tailscale_sdk_generated.types import UNSET, Unset

from .. import _validate as check
from .._core import Call, M, Resource, call, operation

__all__ = ["TailnetSettings"]

_KEY_DAYS = check.rule("UpdateTailnetSettingsRequest.devicesKeyDurationDays")


def _flag(value: bool | None, name: str) -> bool | Unset:
    return UNSET if value is None else check.flag(value, name)


def _key_days(days: int | None) -> int | Unset:
    if days is None:
        return UNSET
    name = "devices_key_duration_days"
    return check.conform(check.integer(days, name), _KEY_DAYS, name)


class TailnetSettings(Resource[M]):
    """Tailnet-wide switches: device and user approval, key expiry, flow logs, ..."""

    @operation("getTailnetSettings")
    def get(self, *, tailnet: str | None = None) -> Call[SettingsModel]:
        """Get the settings of the tailnet."""
        return call(partial(get_tailnet_settings.sync_detailed, self._tailnet(tailnet)))

    @operation("updateTailnetSettings")
    def update(
        self,
        *,
        devices_approval_on: bool | None = None,
        devices_auto_updates_on: bool | None = None,
        devices_key_duration_days: int | None = None,
        users_approval_on: bool | None = None,
        users_role_allowed_to_join_external_tailnets: ExternalRole | None = None,
        network_flow_logging_on: bool | None = None,
        regional_routing_on: bool | None = None,
        posture_identity_collection_on: bool | None = None,
        tailnet: str | None = None,
    ) -> Call[SettingsModel]:
        """Change the given settings (at least one); returns all of them."""
        role = users_role_allowed_to_join_external_tailnets
        body = UpdateTailnetSettingsRequest(
            devices_approval_on=_flag(devices_approval_on, "devices_approval_on"),
            devices_auto_updates_on=_flag(devices_auto_updates_on, "devices_auto_updates_on"),
            devices_key_duration_days=_key_days(devices_key_duration_days),
            users_approval_on=_flag(users_approval_on, "users_approval_on"),
            users_role_allowed_to_join_external_tailnets=UNSET
            if role is None
            else check.one_of("users_role_allowed_to_join_external_tailnets", role, _ROLES),
            network_flow_logging_on=_flag(network_flow_logging_on, "network_flow_logging_on"),
            regional_routing_on=_flag(regional_routing_on, "regional_routing_on"),
            posture_identity_collection_on=_flag(
                posture_identity_collection_on, "posture_identity_collection_on"
            ),
        )
        if not body.to_dict():
            raise ValueError("update() needs at least one setting")
        send = partial(update_tailnet_settings.sync_detailed, self._tailnet(tailnet), body=body)
        return call(send)
