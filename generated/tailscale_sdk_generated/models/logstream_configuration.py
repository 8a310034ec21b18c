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
        log_type (None | str | Unset): Read only; which log this configuration streams.
        destination_type (None | str | Unset): Known values splunk, elastic, panther, cribl, datadog, axiom, s3, gcs;
            others may appear.
        url (None | str | Unset):
        user (None | str | Unset):
        s_3_bucket (None | str | Unset):
        s_3_region (None | str | Unset):
        s_3_key_prefix (None | str | Unset):
        s_3_authentication_type (None | str | Unset): Known values accesskey and rolearn.
        token (None | str | Unset): Password or token for the destination, when the API returns it.
        s_3_access_key_id (None | str | Unset):
        s_3_secret_access_key (None | str | Unset):
        s_3_role_arn (None | str | Unset):
        aws_external_id (None | str | Unset):
        s_3_external_id (None | str | Unset): Read only; the external id Tailscale presents when it assumes the S3 role.
        gcs_bucket (None | str | Unset): The Google Cloud Storage bucket (destination gcs).
        gcs_key_prefix (None | str | Unset): Prefix of the object names written to the bucket.
        gcs_scopes (list[str] | None | Unset): OAuth scopes used to write to the bucket.
        compression_format (None | str | Unset): How uploads are compressed.
        upload_period_minutes (int | Unset): Minutes between uploads.
    """

    log_type: None | str | Unset = UNSET
    destination_type: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    s_3_bucket: None | str | Unset = UNSET
    s_3_region: None | str | Unset = UNSET
    s_3_key_prefix: None | str | Unset = UNSET
    s_3_authentication_type: None | str | Unset = UNSET
    token: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    s_3_access_key_id: None | str | Unset = UNSET
    s_3_secret_access_key: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    s_3_role_arn: None | str | Unset = UNSET
    aws_external_id: None | str | Unset = UNSET
    s_3_external_id: None | str | Unset = UNSET
    gcs_bucket: None | str | Unset = UNSET
    gcs_key_prefix: None | str | Unset = UNSET
    gcs_scopes: list[str] | None | Unset = UNSET
    compression_format: None | str | Unset = UNSET
    upload_period_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_type: None | str | Unset
        if isinstance(self.log_type, Unset):
            log_type = UNSET
        else:
            log_type = self.log_type

        destination_type: None | str | Unset
        if isinstance(self.destination_type, Unset):
            destination_type = UNSET
        else:
            destination_type = self.destination_type

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        s_3_bucket: None | str | Unset
        if isinstance(self.s_3_bucket, Unset):
            s_3_bucket = UNSET
        else:
            s_3_bucket = self.s_3_bucket

        s_3_region: None | str | Unset
        if isinstance(self.s_3_region, Unset):
            s_3_region = UNSET
        else:
            s_3_region = self.s_3_region

        s_3_key_prefix: None | str | Unset
        if isinstance(self.s_3_key_prefix, Unset):
            s_3_key_prefix = UNSET
        else:
            s_3_key_prefix = self.s_3_key_prefix

        s_3_authentication_type: None | str | Unset
        if isinstance(self.s_3_authentication_type, Unset):
            s_3_authentication_type = UNSET
        else:
            s_3_authentication_type = self.s_3_authentication_type

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        s_3_access_key_id: None | str | Unset
        if isinstance(self.s_3_access_key_id, Unset):
            s_3_access_key_id = UNSET
        else:
            s_3_access_key_id = self.s_3_access_key_id

        s_3_secret_access_key: None | str | Unset
        if isinstance(self.s_3_secret_access_key, Unset):
            s_3_secret_access_key = UNSET
        else:
            s_3_secret_access_key = self.s_3_secret_access_key

        s_3_role_arn: None | str | Unset
        if isinstance(self.s_3_role_arn, Unset):
            s_3_role_arn = UNSET
        else:
            s_3_role_arn = self.s_3_role_arn

        aws_external_id: None | str | Unset
        if isinstance(self.aws_external_id, Unset):
            aws_external_id = UNSET
        else:
            aws_external_id = self.aws_external_id

        s_3_external_id: None | str | Unset
        if isinstance(self.s_3_external_id, Unset):
            s_3_external_id = UNSET
        else:
            s_3_external_id = self.s_3_external_id

        gcs_bucket: None | str | Unset
        if isinstance(self.gcs_bucket, Unset):
            gcs_bucket = UNSET
        else:
            gcs_bucket = self.gcs_bucket

        gcs_key_prefix: None | str | Unset
        if isinstance(self.gcs_key_prefix, Unset):
            gcs_key_prefix = UNSET
        else:
            gcs_key_prefix = self.gcs_key_prefix

        gcs_scopes: list[str] | None | Unset
        if isinstance(self.gcs_scopes, Unset):
            gcs_scopes = UNSET
        elif isinstance(self.gcs_scopes, list):
            gcs_scopes = self.gcs_scopes

        else:
            gcs_scopes = self.gcs_scopes

        compression_format: None | str | Unset
        if isinstance(self.compression_format, Unset):
            compression_format = UNSET
        else:
            compression_format = self.compression_format

        upload_period_minutes = self.upload_period_minutes

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
        if gcs_bucket is not UNSET:
            field_dict["gcsBucket"] = gcs_bucket
        if gcs_key_prefix is not UNSET:
            field_dict["gcsKeyPrefix"] = gcs_key_prefix
        if gcs_scopes is not UNSET:
            field_dict["gcsScopes"] = gcs_scopes
        if compression_format is not UNSET:
            field_dict["compressionFormat"] = compression_format
        if upload_period_minutes is not UNSET:
            field_dict["uploadPeriodMinutes"] = upload_period_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        log_type: None | str | Unset = d.pop("logType", UNSET)

        destination_type: None | str | Unset = d.pop("destinationType", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        user: None | str | Unset = d.pop("user", UNSET)

        s_3_bucket: None | str | Unset = d.pop("s3Bucket", UNSET)

        s_3_region: None | str | Unset = d.pop("s3Region", UNSET)

        s_3_key_prefix: None | str | Unset = d.pop("s3KeyPrefix", UNSET)

        s_3_authentication_type: None | str | Unset = d.pop("s3AuthenticationType", UNSET)

        token: None | str | Unset = d.pop("token", UNSET)

        s_3_access_key_id: None | str | Unset = d.pop("s3AccessKeyId", UNSET)

        s_3_secret_access_key: None | str | Unset = d.pop("s3SecretAccessKey", UNSET)

        s_3_role_arn: None | str | Unset = d.pop("s3RoleArn", UNSET)

        aws_external_id: None | str | Unset = d.pop("awsExternalId", UNSET)

        s_3_external_id: None | str | Unset = d.pop("s3ExternalId", UNSET)

        gcs_bucket: None | str | Unset = d.pop("gcsBucket", UNSET)

        gcs_key_prefix: None | str | Unset = d.pop("gcsKeyPrefix", UNSET)

        gcs_scopes: list[str] | None | Unset = d.pop("gcsScopes", UNSET)

        compression_format: None | str | Unset = d.pop("compressionFormat", UNSET)

        upload_period_minutes = d.pop("uploadPeriodMinutes", UNSET)

        return cls(
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
            gcs_bucket,
            gcs_key_prefix,
            gcs_scopes,
            compression_format,
            upload_period_minutes,
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
