from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logstream_configuration_request_compression_format import (
    LogstreamConfigurationRequestCompressionFormat,
    check_logstream_configuration_request_compression_format,
)
from ..models.logstream_configuration_request_s3_authentication_type import (
    LogstreamConfigurationRequestS3AuthenticationType,
    check_logstream_configuration_request_s3_authentication_type,
)
from ..models.logstream_destination_type import LogstreamDestinationType, check_logstream_destination_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="LogstreamConfigurationRequest")


@_attrs_define
class LogstreamConfigurationRequest:
    """
    Attributes:
        destination_type (LogstreamDestinationType): A log streaming destination.
        url (str | Unset):
        user (str | Unset):
        token (str | Unset): Password or token for the destination.
        s_3_bucket (str | Unset):
        s_3_region (str | Unset):
        s_3_key_prefix (str | Unset):
        s_3_authentication_type (LogstreamConfigurationRequestS3AuthenticationType | Unset):
        s_3_access_key_id (str | Unset):
        s_3_secret_access_key (str | Unset):
        s_3_role_arn (str | Unset):
        aws_external_id (str | Unset):
        gcs_bucket (str | Unset): The Google Cloud Storage bucket; required with destination gcs.
        gcs_key_prefix (str | Unset): Prefix of the object names written to the bucket.
        gcs_scopes (list[str] | Unset): OAuth scopes needed to write to the bucket.
        gcs_credentials (str | Unset): JSON credentials of a workload identity that may write to the bucket; never
            returned.
        compression_format (LogstreamConfigurationRequestCompressionFormat | Unset): How uploads are compressed; none
            when left out.
        upload_period_minutes (int | Unset): Minutes between uploads; a batch too large for one upload is split.
    """

    destination_type: LogstreamDestinationType
    url: str | Unset = UNSET
    user: str | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=False)
    s_3_bucket: str | Unset = UNSET
    s_3_region: str | Unset = UNSET
    s_3_key_prefix: str | Unset = UNSET
    s_3_authentication_type: LogstreamConfigurationRequestS3AuthenticationType | Unset = UNSET
    s_3_access_key_id: str | Unset = UNSET
    s_3_secret_access_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    s_3_role_arn: str | Unset = UNSET
    aws_external_id: str | Unset = UNSET
    gcs_bucket: str | Unset = UNSET
    gcs_key_prefix: str | Unset = UNSET
    gcs_scopes: list[str] | Unset = UNSET
    gcs_credentials: str | Unset = _attrs_field(default=UNSET, repr=False)
    compression_format: LogstreamConfigurationRequestCompressionFormat | Unset = UNSET
    upload_period_minutes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        destination_type: str = self.destination_type

        url = self.url

        user = self.user

        token = self.token

        s_3_bucket = self.s_3_bucket

        s_3_region = self.s_3_region

        s_3_key_prefix = self.s_3_key_prefix

        s_3_authentication_type: str | Unset = UNSET
        if not isinstance(self.s_3_authentication_type, Unset):
            s_3_authentication_type = self.s_3_authentication_type

        s_3_access_key_id = self.s_3_access_key_id

        s_3_secret_access_key = self.s_3_secret_access_key

        s_3_role_arn = self.s_3_role_arn

        aws_external_id = self.aws_external_id

        gcs_bucket = self.gcs_bucket

        gcs_key_prefix = self.gcs_key_prefix

        gcs_scopes: list[str] | Unset = UNSET
        if not isinstance(self.gcs_scopes, Unset):
            gcs_scopes = self.gcs_scopes

        gcs_credentials = self.gcs_credentials

        compression_format: str | Unset = UNSET
        if not isinstance(self.compression_format, Unset):
            compression_format = self.compression_format

        upload_period_minutes = self.upload_period_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destinationType": destination_type,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if user is not UNSET:
            field_dict["user"] = user
        if token is not UNSET:
            field_dict["token"] = token
        if s_3_bucket is not UNSET:
            field_dict["s3Bucket"] = s_3_bucket
        if s_3_region is not UNSET:
            field_dict["s3Region"] = s_3_region
        if s_3_key_prefix is not UNSET:
            field_dict["s3KeyPrefix"] = s_3_key_prefix
        if s_3_authentication_type is not UNSET:
            field_dict["s3AuthenticationType"] = s_3_authentication_type
        if s_3_access_key_id is not UNSET:
            field_dict["s3AccessKeyId"] = s_3_access_key_id
        if s_3_secret_access_key is not UNSET:
            field_dict["s3SecretAccessKey"] = s_3_secret_access_key
        if s_3_role_arn is not UNSET:
            field_dict["s3RoleArn"] = s_3_role_arn
        if aws_external_id is not UNSET:
            field_dict["awsExternalId"] = aws_external_id
        if gcs_bucket is not UNSET:
            field_dict["gcsBucket"] = gcs_bucket
        if gcs_key_prefix is not UNSET:
            field_dict["gcsKeyPrefix"] = gcs_key_prefix
        if gcs_scopes is not UNSET:
            field_dict["gcsScopes"] = gcs_scopes
        if gcs_credentials is not UNSET:
            field_dict["gcsCredentials"] = gcs_credentials
        if compression_format is not UNSET:
            field_dict["compressionFormat"] = compression_format
        if upload_period_minutes is not UNSET:
            field_dict["uploadPeriodMinutes"] = upload_period_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination_type = check_logstream_destination_type(d.pop("destinationType"))

        url = d.pop("url", UNSET)

        user = d.pop("user", UNSET)

        token = d.pop("token", UNSET)

        s_3_bucket = d.pop("s3Bucket", UNSET)

        s_3_region = d.pop("s3Region", UNSET)

        s_3_key_prefix = d.pop("s3KeyPrefix", UNSET)

        _s_3_authentication_type = d.pop("s3AuthenticationType", UNSET)
        s_3_authentication_type: LogstreamConfigurationRequestS3AuthenticationType | Unset
        if isinstance(_s_3_authentication_type, Unset):
            s_3_authentication_type = UNSET
        else:
            s_3_authentication_type = check_logstream_configuration_request_s3_authentication_type(
                _s_3_authentication_type
            )

        s_3_access_key_id = d.pop("s3AccessKeyId", UNSET)

        s_3_secret_access_key = d.pop("s3SecretAccessKey", UNSET)

        s_3_role_arn = d.pop("s3RoleArn", UNSET)

        aws_external_id = d.pop("awsExternalId", UNSET)

        gcs_bucket = d.pop("gcsBucket", UNSET)

        gcs_key_prefix = d.pop("gcsKeyPrefix", UNSET)

        gcs_scopes: list[str] | Unset = d.pop("gcsScopes", UNSET)

        gcs_credentials = d.pop("gcsCredentials", UNSET)

        _compression_format = d.pop("compressionFormat", UNSET)
        compression_format: LogstreamConfigurationRequestCompressionFormat | Unset
        if isinstance(_compression_format, Unset):
            compression_format = UNSET
        else:
            compression_format = check_logstream_configuration_request_compression_format(_compression_format)

        upload_period_minutes = d.pop("uploadPeriodMinutes", UNSET)

        return cls(
            destination_type,
            url,
            user,
            token,
            s_3_bucket,
            s_3_region,
            s_3_key_prefix,
            s_3_authentication_type,
            s_3_access_key_id,
            s_3_secret_access_key,
            s_3_role_arn,
            aws_external_id,
            gcs_bucket,
            gcs_key_prefix,
            gcs_scopes,
            gcs_credentials,
            compression_format,
            upload_period_minutes,
        )
