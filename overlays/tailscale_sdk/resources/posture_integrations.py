"""Device posture integrations (spec tag ``posture-integrations``): ``ts.posture_integrations``."""

from __future__ import annotations

import builtins
from functools import partial

from tailscale_sdk_generated.api.posture_integrations import (
    create_posture_integration,
    delete_posture_integration,
    get_posture_integration,
    list_posture_integrations,
    update_posture_integration,
)
from tailscale_sdk_generated.models.create_posture_integration_request import (
    CreatePostureIntegrationRequest,
)
from tailscale_sdk_generated.models.posture_integration import PostureIntegration
from tailscale_sdk_generated.models.posture_provider import POSTURE_PROVIDER_VALUES, PostureProvider
from tailscale_sdk_generated.models.update_posture_integration_request import (
    UpdatePostureIntegrationRequest,
)
from tailscale_sdk_generated.types import UNSET, Unset

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["PostureIntegrations"]


def _integration(integration_id: str) -> str:
    return check.identifier(integration_id, "integration_id")


def _optional(value: str | None, name: str) -> str | Unset:
    return UNSET if value is None else check.identifier(value, name)


class PostureIntegrations(Resource[M]):
    """Connections to device posture providers (CrowdStrike Falcon, Intune, Jamf Pro, ...)."""

    @operation("listPostureIntegrations")
    def list(self, *, tailnet: str | None = None) -> Call[builtins.list[PostureIntegration]]:
        """List the posture integrations of the tailnet."""
        send = partial(list_posture_integrations.sync_detailed, self._tailnet(tailnet))
        return call_map(send, lambda page: page.integrations or [])

    @operation("createPostureIntegration")
    def create(
        self,
        provider: PostureProvider,
        client_secret: str,
        *,
        cloud_id: str | None = None,
        client_id: str | None = None,
        tenant_id: str | None = None,
        tailnet: str | None = None,
    ) -> Call[PostureIntegration]:
        """Connect a posture provider with the provider's API credentials."""
        body = CreatePostureIntegrationRequest(
            provider=check.one_of("provider", provider, POSTURE_PROVIDER_VALUES),
            client_secret=check.secret(client_secret, "client_secret"),
            cloud_id=_optional(cloud_id, "cloud_id"),
            client_id=_optional(client_id, "client_id"),
            tenant_id=_optional(tenant_id, "tenant_id"),
        )
        send = partial(create_posture_integration.sync_detailed, self._tailnet(tailnet), body=body)
        return call(send)

    @operation("getPostureIntegration")
    def get(self, integration_id: str) -> Call[PostureIntegration]:
        """Get one posture integration (never its secret)."""
        send = partial(get_posture_integration.sync_detailed, _integration(integration_id))
        return call(send)

    @operation("updatePostureIntegration")
    def update(
        self,
        integration_id: str,
        *,
        cloud_id: str | None = None,
        client_id: str | None = None,
        tenant_id: str | None = None,
        client_secret: str | None = None,
    ) -> Call[PostureIntegration]:
        """Change the given settings of a posture integration."""
        body = UpdatePostureIntegrationRequest(
            cloud_id=_optional(cloud_id, "cloud_id"),
            client_id=_optional(client_id, "client_id"),
            tenant_id=_optional(tenant_id, "tenant_id"),
            client_secret=UNSET
            if client_secret is None
            else check.secret(client_secret, "client_secret"),
        )
        id_ = _integration(integration_id)
        return call(partial(update_posture_integration.sync_detailed, id_, body=body))

    @operation("deletePostureIntegration")
    def delete(self, integration_id: str) -> Call[None]:
        """Disconnect a posture provider."""
        send = partial(delete_posture_integration.sync_detailed, _integration(integration_id))
        return call_none(send)
