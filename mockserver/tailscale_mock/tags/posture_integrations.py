"""Tag `posture-integrations`: device posture providers (Intune, Kolide, ...)."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .._common import ApiError, Clock, Ids, Record, Records, rfc3339
from .._operations import NO_BODY, Context, Reply, handles
from .._seed import UUID

_EDITABLE = ("cloudId", "clientId", "tenantId")


class PostureIntegrations(Records):
    """Integrations by id, one per provider; client secrets are kept, never shown."""

    missing = "posture integration not found"

    def __init__(self, seed: list[dict[str, Any]], *, clock: Clock, ids: Ids) -> None:
        super().__init__()
        self._clock = clock
        self._ids = ids
        self._secrets: dict[str, str] = {}
        for entry in seed:
            integration = self._new(entry)
            for name in _EDITABLE:
                if integration[name] == UUID:
                    integration[name] = ids.admin_uuid()
            integration["configUpdated"] = clock.at(entry["configUpdated"])
            integration["status"] = {
                **entry["status"],
                "lastSync": clock.at(entry["status"]["lastSync"]),
            }
            self._secrets[integration["id"]] = "mock-secret-" + ids.admin_id(20)

    def _new(self, request: Mapping[str, Any]) -> Record:
        integration_id = "pi" + self._ids.admin_id(6) + "CNTRL"
        integration: Record = {
            "id": integration_id,
            "provider": request["provider"],
            **{name: request.get(name, "") for name in _EDITABLE},
            "configUpdated": rfc3339(self._clock.now()),
            "status": {
                "lastSync": "",
                "error": "",
                "providerHostCount": 0,
                "matchedCount": 0,
                "possibleMatchedCount": 0,
            },
        }
        self._records[integration_id] = integration
        return integration

    def create(self, request: Mapping[str, Any]) -> Record:
        provider = request["provider"]
        if any(i["provider"] == provider for i in self._records.values()):
            raise ApiError(409, f"an integration for {provider} already exists")
        integration = self._new(request)
        self._secrets[integration["id"]] = request["clientSecret"]
        return copy.deepcopy(integration)

    def update(self, integration_id: str, request: Mapping[str, Any]) -> Record:
        integration = self.find(integration_id)
        for name in _EDITABLE:
            if name in request:
                integration[name] = request[name]
        if "clientSecret" in request:
            self._secrets[integration_id] = request["clientSecret"]
        integration["configUpdated"] = rfc3339(self._clock.now())
        return copy.deepcopy(integration)

    def delete(self, integration_id: str) -> None:
        super().delete(integration_id)
        del self._secrets[integration_id]


# ---------------------------------------------------------------------- handlers


@handles("listPostureIntegrations")
def list_posture_integrations(ctx: Context, integrations: PostureIntegrations) -> Reply:
    return Reply(body={"integrations": list(integrations.values())})


@handles("createPostureIntegration")
def create_posture_integration(ctx: Context, integrations: PostureIntegrations) -> Reply:
    return Reply(body=integrations.create(ctx.json()))


@handles("getPostureIntegration")
def get_posture_integration(ctx: Context, integrations: PostureIntegrations) -> Reply:
    return Reply(body=integrations.find(ctx.path["postureIntegrationId"]))


@handles("updatePostureIntegration")
def update_posture_integration(ctx: Context, integrations: PostureIntegrations) -> Reply:
    integration_id = ctx.path["postureIntegrationId"]
    return Reply(body=integrations.update(integration_id, ctx.json()))


@handles("deletePostureIntegration")
def delete_posture_integration(ctx: Context, integrations: PostureIntegrations) -> Reply:
    integrations.delete(ctx.path["postureIntegrationId"])
    return NO_BODY
