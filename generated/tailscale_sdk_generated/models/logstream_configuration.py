from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogstreamConfiguration")


@_attrs_define
class LogstreamConfiguration:
    """Where logs of one type are streamed.

    Attributes:
        log_type (str | Unset):
        destination_type (str | Unset): Known values splunk, elastic, panther, cribl, datadog, axiom, s3, gcs; others
            may appear.
        url (str | Unset):
        user (str | Unset):
        s_3_bucket (str | Unset):
        s_3_region (str | Unset):
        s_3_key_prefix (str | Unset):
        s_3_authentication_type (str | Unset): Known values accesskey and rolearn.
        token (str | Unset): Password or token for the destination, when the API returns it.
        s_3_access_key_id (str | Unset):
        s_3_secret_access_key (str | Unset):
        s_3_role_arn (str | Unset):
        aws_external_id (str | Unset):
        s_3_external_id (str | Unset):
    """

    log_type: str | Unset = UNSET
    destination_type: str | Unset = UNSET
    url: str | Unset = UNSET
    user: str | Unset = UNSET
    s_3_bucket: str | Unset = UNSET
    s_3_region: str | Unset = UNSET
    s_3_key_prefix: str | Unset = UNSET
    s_3_authentication_type: str | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=False)
    s_3_access_key_id: str | Unset = UNSET
    s_3_secret_access_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    s_3_role_arn: str | Unset = UNSET
    aws_external_id: str | Unset = UNSET
    s_3_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_type = self.log_type

        destination_type = self.destination_type

        url = self.url

        user = self.user

        s_3_bucket = self.s_3_bucket

        s_3_region = self.s_3_region

        s_3_key_prefix = self.s_3_key_prefix

        s_3_authentication_type = self.s_3_authentication_type

        token = self.token

        s_3_access_key_id = self.s_3_access_key_id

        s_3_secret_access_key = self.s_3_secret_access_key

        s_3_role_arn = self.s_3_role_arn

        aws_external_id = self.aws_external_id

        s_3_external_id = self.s_3_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_type is not UNSET:
            field_dict["logType"] = log_type
        if destination_type is not UNSET:
            field_dict["destinationType"] = destination_type
        if url is not UNSET:
            field_dict["url"] = url
        if user is not UNSET:
            field_dict["user"] = user
        if s_3_bucket is not UNSET:
            field_dict["s3Bucket"] = s_3_bucket
        if s_3_region is not UNSET:
            field_dict["s3Region"] = s_3_region
        if s_3_key_prefix is not UNSET:
            field_dict["s3KeyPrefix"] = s_3_key_prefix
        if s_3_authentication_type is not UNSET:
            field_dict["s3AuthenticationType"] = s_3_authentication_type
        if token is not UNSET:
            field_dict["token"] = token
        if s_3_access_key_id is not UNSET:
            field_dict["s3AccessKeyId"] = s_3_access_key_id
        if s_3_secret_access_key is not UNSET:
            field_dict["s3SecretAccessKey"] = s_3_secret_access_key
        if s_3_role_arn is not UNSET:
            field_dict["s3RoleArn"] = s_3_role_arn
        if aws_external_id is not UNSET:
            field_dict["awsExternalId"] = aws_external_id
        if s_3_external_id is not UNSET:
            field_dict["s3ExternalId"] = s_3_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        log_type = d.pop("logType", UNSET)

        destination_type = d.pop("destinationType", UNSET)

        url = d.pop("url", UNSET)

        user = d.pop("user", UNSET)

        s_3_bucket = d.pop("s3Bucket", UNSET)

        s_3_region = d.pop("s3Region", UNSET)

        s_3_key_prefix = d.pop("s3KeyPrefix", UNSET)

        s_3_authentication_type = d.pop("s3AuthenticationType", UNSET)

        token = d.pop("token", UNSET)

        s_3_access_key_id = d.pop("s3AccessKeyId", UNSET)

        s_3_secret_access_key = d.pop("s3SecretAccessKey", UNSET)

        s_3_role_arn = d.pop("s3RoleArn", UNSET)

        aws_external_id = d.pop("awsExternalId", UNSET)

        s_3_external_id = d.pop("s3ExternalId", UNSET)

        logstream_configuration = cls(
            log_type,
            destination_type,
            url,
            user,
            s_3_bucket,
            s_3_region,
            s_3_key_prefix,
            s_3_authentication_type,
            token,
            s_3_access_key_id,
            s_3_secret_access_key,
            s_3_role_arn,
            aws_external_id,
            s_3_external_id,
            d or {},
        )
        return logstream_configuration

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
