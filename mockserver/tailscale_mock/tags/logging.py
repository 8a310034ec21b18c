"""Tag `logging`: configuration audit logs, network flow logs and log streaming."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from .._common import ApiError, Clock, Ids, Record, not_found, parse_time, rfc3339
from .._operations import NO_BODY, Context, Reply, handles

STREAM_SECRETS = frozenset({"token", "s3SecretAccessKey", "gcsCredentials"})
AWS_ACCOUNT = "123456789012"
ROLE_ARN = re.compile(r"arn:aws:iam::[0-9]{12}:role/.+")
_FRESH_STATUS = {
    "lastActivity": "",
    "lastError": "",
    "maxBodySize": 65536,
    "numBytesSent": 0,
    "numEntriesSent": 0,
    "numSpoofedEntries": 0,
    "numTotalRequests": 0,
    "numFailedRequests": 0,
    "rateBytesSent": 0.0,
    "rateEntriesSent": 0.0,
    "rateTotalRequests": 0.0,
    "rateFailedRequests": 0.0,
}


class Logging:
    """Seeded audit and flow logs (read-only), stream configurations and AWS external ids."""

    def __init__(
        self,
        seed: Mapping[str, Any],
        *,
        tailnet: str,
        clock: Clock,
        ids: Ids,
        users: Mapping[str, Record],
        devices: Mapping[str, Record],
    ) -> None:
        self.tailnet = tailnet
        self._ids = ids
        actors = [u for u in users.values() if u.get("type") == "member"][:4]
        own = [d for d in devices.values() if not d["isExternal"]]
        self.audit_logs = _audit_log(seed["auditLog"], tailnet, clock, ids, actors, own)
        self.flow_logs = _flow_log(clock.seeded, own)
        self.streams: dict[str, Record] = {}
        self.stream_status: dict[str, Record] = {}
        for log_type, stream in seed["streams"].items():
            config = stream["config"]
            token = f"mock-{config['destinationType']}-token-" + ids.admin_id(16)
            self.streams[log_type] = {"logType": log_type, **config, "token": token}
            status = stream["status"]
            self.stream_status[log_type] = {
                **status,
                "lastActivity": clock.at(status["lastActivity"]),
            }
        self.aws_external_ids: dict[str, Record] = {
            e["id"]: {"reusable": False, "linked": False, **e} for e in seed["awsExternalIds"]
        }

    def audit_log_entries(
        self, start: str, end: str, actors: list[str], targets: list[str], events: list[str]
    ) -> list[Record]:
        begin, finish = _window(start, end)
        found = []
        for entry in self.audit_logs:
            moment = parse_time(entry["eventTime"])
            if moment is None or not begin <= moment <= finish:
                continue
            if actors and not any(_actor_matches(entry["actor"], a) for a in actors):
                continue
            target = entry.get("target", {})
            parts = [str(v) for v in target.values()]
            if targets and not any(t in part for t in targets for part in parts):
                continue
            if events and f"{target.get('type', '')}.{entry.get('action', '')}" not in events:
                continue
            found.append(entry)
        return found

    def flow_log_entries(self, start: str, end: str) -> list[Record]:
        begin, finish = _window(start, end)
        found = []
        for entry in self.flow_logs:
            moment = parse_time(entry["logged"])
            if moment is not None and begin <= moment <= finish:
                found.append(entry)
        return found

    def stream(self, log_type: str) -> Record:
        """The configuration, without the secrets it holds."""
        config = self.streams.get(log_type)
        if config is None:
            raise not_found(f"log streaming is not configured for {log_type} logs")
        return {k: v for k, v in config.items() if k not in STREAM_SECRETS}

    def set_stream(self, log_type: str, request: Mapping[str, Any]) -> None:
        # What each destination needs is openapi.yaml's (one request schema per kind), checked
        # before this runs.
        external = None
        if request["destinationType"] == "s3" and request["s3AuthenticationType"] == "rolearn":
            wanted = request["awsExternalId"]
            external = next(
                (e for e in self.aws_external_ids.values() if wanted in (e["id"], e["externalId"])),
                None,
            )
            if external is None:
                raise ApiError(400, f"unknown AWS external id {wanted}")
        config = {"logType": log_type, "compressionFormat": "none", **request}
        if external is not None:
            external["linked"] = True
            config["s3ExternalId"] = external["externalId"]
        self.streams[log_type] = config
        self.stream_status[log_type] = dict(_FRESH_STATUS)

    def disable_stream(self, log_type: str) -> None:
        """Idempotent, like switching off any other setting."""
        self.streams.pop(log_type, None)
        self.stream_status.pop(log_type, None)

    def status(self, log_type: str) -> Record:
        self.stream(log_type)
        return dict(self.stream_status[log_type])

    def aws_external_id(self, reusable: bool) -> Record:
        """A new external id, or with `reusable` the unlinked reusable one issued before."""
        if reusable:
            for entry in self.aws_external_ids.values():
                if entry["reusable"] and not entry["linked"]:
                    return _external_id_view(entry)
        entry = {
            "id": "ext" + self._ids.admin_id(6) + "CNTRL",
            "externalId": self._ids.admin_uuid(),
            "reusable": reusable,
            "linked": False,
        }
        self.aws_external_ids[entry["id"]] = entry
        return _external_id_view(entry)

    def validate_aws_external_id(self, external_id: str, role_arn: str | None) -> None:
        """Whether Tailscale could assume `role_arn` with the external id (a 422 if not).

        The mock has no AWS: a role ARN of the right shape passes.
        """
        if not any(
            external_id in (e["id"], e["externalId"]) for e in self.aws_external_ids.values()
        ):
            raise not_found("AWS external id not found")
        if not role_arn:
            raise ApiError(422, "a roleArn is needed to check the trust policy")
        if not ROLE_ARN.fullmatch(role_arn):
            raise ApiError(422, f"{role_arn} is not the ARN of an IAM role")


def _audit_log(
    seed: Mapping[str, Any],
    tailnet: str,
    clock: Clock,
    ids: Ids,
    actors: list[Record],
    devices: list[Record],
) -> list[Record]:
    changes, count, entries = seed["changes"], seed["entries"], []
    for index in range(count):
        actor = actors[(index // 2) % len(actors)]
        change = changes[index % len(changes)]
        kind = change["type"]
        if kind == "NODE":
            device = devices[index % len(devices)]
            target = {"id": device["nodeId"], "name": device["name"], "type": kind}
        elif kind == "USER":
            user = actors[(index + 1) % len(actors)]
            target = {"id": user["id"], "name": user["loginName"], "type": kind}
        else:
            target = {"id": tailnet, "name": tailnet, "type": kind}
        target.update({"isEphemeral": False, "property": change["property"]})
        entry: Record = {
            "eventTime": rfc3339(clock.seeded - timedelta(minutes=40 * (count - index))),
            "type": "CONFIG",
            "eventGroupID": ids.admin_id(16).lower(),
            "origin": "API" if index % 3 else "ADMIN_CONSOLE",
            "actor": {
                "id": actor["id"],
                "type": "USER",
                "loginName": actor["loginName"],
                "displayName": actor["displayName"],
            },
            "target": target,
            "action": change["action"],
        }
        if "old" in change:
            entry.update({"old": change["old"], "new": change["new"]})
        entries.append(entry)
    return entries


def _flow_log(now: datetime, devices: list[Record]) -> list[Record]:
    entries = []
    for hour in range(23, 0, -2):
        for position, device in enumerate(devices[:6]):
            start = now - timedelta(hours=hour, minutes=position)
            peer = devices[(position + 1) % len(devices)]
            traffic = {
                "proto": 6,
                "src": f"{device['addresses'][0]}:{40000 + hour}",
                "dst": f"{peer['addresses'][0]}:443",
                "txPkts": 10 + hour,
                "txBytes": 1000 * hour,
                "rxPkts": 8 + hour,
                "rxBytes": 4000 * hour,
            }
            entries.append(
                {
                    "logged": rfc3339(start + timedelta(seconds=10)),
                    "nodeId": device["nodeId"],
                    "start": rfc3339(start),
                    "end": rfc3339(start + timedelta(seconds=5)),
                    "virtualTraffic": [traffic],
                }
            )
    return entries


def _window(start: str, end: str) -> tuple[datetime, datetime]:
    begin, finish = parse_time(start), parse_time(end)
    if begin is None or finish is None:
        raise ApiError(400, "start and end must be RFC 3339 times")
    if finish < begin:
        raise ApiError(400, "end must not be before start")
    return begin, finish


def _actor_matches(actor: Mapping[str, Any], wanted: str) -> bool:
    """An actor id, or `~text` found (ignoring case) in the login or display name."""
    if wanted.startswith("~"):
        needle = wanted[1:].lower()
        names = (str(actor.get("loginName", "")), str(actor.get("displayName", "")))
        return any(needle in name.lower() for name in names)
    return actor.get("id") == wanted


def _external_id_view(entry: Mapping[str, Any]) -> Record:
    return {
        "id": entry["id"],
        "externalId": entry["externalId"],
        "tailscaleAwsAccountId": AWS_ACCOUNT,
    }


# ---------------------------------------------------------------------- handlers


@handles("listConfigurationAuditLogs")
def list_configuration_audit_logs(ctx: Context, logging: Logging) -> Reply:
    logs = logging.audit_log_entries(
        ctx.query["start"],
        ctx.query["end"],
        ctx.query_list("actor"),
        ctx.query_list("target"),
        ctx.query_list("event"),
    )
    return Reply(body={"version": "1.1", "tailnet": logging.tailnet, "logs": logs})


@handles("listNetworkFlowLogs")
def list_network_flow_logs(ctx: Context, logging: Logging) -> Reply:
    logs = logging.flow_log_entries(ctx.query["start"], ctx.query["end"])
    return Reply(body={"logs": logs})


@handles("getLogStreamingConfiguration")
def get_log_streaming_configuration(ctx: Context, logging: Logging) -> Reply:
    return Reply(body=logging.stream(ctx.path["logType"]))


@handles("setLogStreamingConfiguration")
def set_log_streaming_configuration(ctx: Context, logging: Logging) -> Reply:
    logging.set_stream(ctx.path["logType"], ctx.json())
    return NO_BODY


@handles("disableLogStreaming")
def disable_log_streaming(ctx: Context, logging: Logging) -> Reply:
    logging.disable_stream(ctx.path["logType"])
    return NO_BODY


@handles("getLogStreamingStatus")
def get_log_streaming_status(ctx: Context, logging: Logging) -> Reply:
    return Reply(body=logging.status(ctx.path["logType"]))


@handles("getAwsExternalId")
def get_aws_external_id(ctx: Context, logging: Logging) -> Reply:
    reusable = bool(ctx.json().get("reusable", False)) if ctx.body else False
    return Reply(body=logging.aws_external_id(reusable))


@handles("validateAwsExternalId")
def validate_aws_external_id(ctx: Context, logging: Logging) -> Reply:
    role_arn = ctx.json().get("roleArn") if ctx.body else None
    logging.validate_aws_external_id(ctx.path["id"], role_arn)
    return NO_BODY
