"""Audit logs, network flow logs and log streaming (spec tag ``logging``): ``ts.logging``."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import datetime
from functools import partial

from tailscale_sdk_generated.api.logging import (
    disable_log_streaming,
    get_aws_external_id,
    get_log_streaming_configuration,
    get_log_streaming_status,
    list_configuration_audit_logs,
    list_network_flow_logs,
    set_log_streaming_configuration,
    validate_aws_external_id,
)
from tailscale_sdk_generated.models.aws_external_id import AwsExternalId
from tailscale_sdk_generated.models.aws_external_id_request import AwsExternalIdRequest
from tailscale_sdk_generated.models.configuration_audit_log import ConfigurationAuditLog
from tailscale_sdk_generated.models.log_type import LOG_TYPE_VALUES, LogType
from tailscale_sdk_generated.models.logstream_configuration import LogstreamConfiguration
from tailscale_sdk_generated.models.logstream_configuration_request import (
    LogstreamConfigurationRequest,
)
from tailscale_sdk_generated.models.logstream_gcs_request import LogstreamGcsRequest
from tailscale_sdk_generated.models.logstream_s3_access_key_request import (
    LogstreamS3AccessKeyRequest,
)
from tailscale_sdk_generated.models.logstream_s3_role_arn_request import LogstreamS3RoleArnRequest
from tailscale_sdk_generated.models.logstream_status import LogstreamStatus
from tailscale_sdk_generated.models.network_flow_log import NetworkFlowLog
from tailscale_sdk_generated.models.validate_aws_trust_policy_request import (
    ValidateAwsTrustPolicyRequest,
)
from tailscale_sdk_generated.types import UNSET, Unset

from .. import _validate as check
from .._core import Call, M, Resource, call, call_map, call_none, operation

__all__ = ["Logging"]

_ROLE_ARN = check.rule("ValidateAwsTrustPolicyRequest.roleArn")

# The request bodies of setLogStreamingConfiguration, one per destination kind.
StreamConfiguration = (
    LogstreamConfigurationRequest
    | LogstreamS3AccessKeyRequest
    | LogstreamS3RoleArnRequest
    | LogstreamGcsRequest
)
_STREAM_REQUESTS = (
    LogstreamConfigurationRequest,
    LogstreamS3AccessKeyRequest,
    LogstreamS3RoleArnRequest,
    LogstreamGcsRequest,
)


def _log_type(log_type: LogType) -> LogType:
    kind: LogType = check.one_of("log_type", log_type, LOG_TYPE_VALUES)
    return kind


def _any_of(values: str | Iterable[str] | None, name: str) -> builtins.list[str] | Unset:
    return UNSET if values is None else check.one_or_more(values, name)


def _stream_request(request: object) -> StreamConfiguration:
    if not isinstance(request, _STREAM_REQUESTS):
        kinds = ", ".join(kind.__name__ for kind in _STREAM_REQUESTS)
        raise TypeError(f"configuration must be one of {kinds}, not {type(request).__name__}")
    return request


class Logging(Resource[M]):
    """Configuration audit logs, network flow logs, and streaming them elsewhere.

    The log lists can be large: each is decoded once, straight into the returned models.
    """

    @operation("listConfigurationAuditLogs")
    def list_configuration_audit_logs(
        self,
        start: datetime,
        end: datetime,
        *,
        actor: str | Iterable[str] | None = None,
        target: str | Iterable[str] | None = None,
        event: str | Iterable[str] | None = None,
        tailnet: str | None = None,
    ) -> Call[builtins.list[ConfigurationAuditLog]]:
        """List the audit log entries from ``start`` to ``end`` (aware datetimes), oldest first."""
        first, last = check.time_range(start, end)
        send = partial(
            list_configuration_audit_logs.sync_detailed,
            self._tailnet(tailnet),
            start=first,
            end=last,
            actor=_any_of(actor, "actor"),
            target=_any_of(target, "target"),
            event=_any_of(event, "event"),
        )
        return call_map(send, lambda page: page.logs or [])

    @operation("listNetworkFlowLogs")
    def list_network_flow_logs(
        self, start: datetime, end: datetime, *, tailnet: str | None = None
    ) -> Call[builtins.list[NetworkFlowLog]]:
        """List the network flow log entries from ``start`` to ``end`` (aware datetimes)."""
        first, last = check.time_range(start, end)
        send = partial(
            list_network_flow_logs.sync_detailed, self._tailnet(tailnet), start=first, end=last
        )
        return call_map(send, lambda page: page.logs or [])

    @operation("getLogStreamingConfiguration")
    def get_stream(
        self, log_type: LogType, *, tailnet: str | None = None
    ) -> Call[LogstreamConfiguration]:
        """Get where logs of ``log_type`` (``configuration`` or ``network``) are streamed."""
        send = partial(
            get_log_streaming_configuration.sync_detailed,
            self._tailnet(tailnet),
            _log_type(log_type),
        )
        return call(send)

    @operation("setLogStreamingConfiguration")
    def set_stream(
        self,
        log_type: LogType,
        configuration: StreamConfiguration,
        *,
        tailnet: str | None = None,
    ) -> Call[None]:
        """Stream logs of ``log_type`` to the destination in ``configuration``.

        ``configuration`` is a :class:`LogstreamConfigurationRequest` for destinations at a URL
        (splunk, elastic, panther, cribl, datadog, axiom), :class:`LogstreamS3AccessKeyRequest` or
        :class:`LogstreamS3RoleArnRequest` for S3, :class:`LogstreamGcsRequest` for gcs.
        """
        send = partial(
            set_log_streaming_configuration.sync_detailed,
            self._tailnet(tailnet),
            _log_type(log_type),
            body=_stream_request(configuration),
        )
        return call_none(send)

    @operation("disableLogStreaming")
    def disable_stream(self, log_type: LogType, *, tailnet: str | None = None) -> Call[None]:
        """Stop streaming logs of ``log_type``."""
        send = partial(
            disable_log_streaming.sync_detailed, self._tailnet(tailnet), _log_type(log_type)
        )
        return call_none(send)

    @operation("getLogStreamingStatus")
    def get_stream_status(
        self, log_type: LogType, *, tailnet: str | None = None
    ) -> Call[LogstreamStatus]:
        """Get how streaming logs of ``log_type`` is going (bytes sent, last error, ...)."""
        send = partial(
            get_log_streaming_status.sync_detailed, self._tailnet(tailnet), _log_type(log_type)
        )
        return call(send)

    @operation("getAwsExternalId")
    def get_aws_external_id(
        self, *, reusable: bool | None = None, tailnet: str | None = None
    ) -> Call[AwsExternalId]:
        """Get an external id for the trust policy of the AWS role that S3 streaming assumes."""
        body = UNSET if reusable is None else AwsExternalIdRequest(check.flag(reusable, "reusable"))
        return call(partial(get_aws_external_id.sync_detailed, self._tailnet(tailnet), body=body))

    @operation("validateAwsExternalId")
    def validate_aws_trust_policy(
        self, external_id: str, role_arn: str, *, tailnet: str | None = None
    ) -> Call[None]:
        """Check that Tailscale can assume the IAM role with this external id, and only with it.

        Returns None when the trust policy is right; raises
        :class:`~tailscale_sdk.UnprocessableEntityError` (422) saying why when it is not.
        Nothing is changed either way.
        """
        arn = check.conform(check.text(role_arn, "role_arn"), _ROLE_ARN, "role_arn")
        send = partial(
            validate_aws_external_id.sync_detailed,
            self._tailnet(tailnet),
            check.identifier(external_id, "external_id"),
            body=ValidateAwsTrustPolicyRequest(role_arn=arn),
        )
        return call_none(send)
