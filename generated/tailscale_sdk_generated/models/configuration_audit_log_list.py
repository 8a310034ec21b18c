from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurationAuditLogList")


@_attrs_define
class ConfigurationAuditLogList:
    """Configuration audit log entries of a time window.

    Attributes:
        version (str | Unset):
        tailnet (str | Unset):
        logs (list[ConfigurationAuditLog] | None | Unset):
    """

    version: str | Unset = UNSET
    tailnet: str | Unset = UNSET
    logs: list[ConfigurationAuditLog] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        tailnet = self.tailnet

        logs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        elif isinstance(self.logs, list):
            logs = []
            for logs_type_0_item_data in self.logs:
                logs_type_0_item = logs_type_0_item_data.to_dict()
                logs.append(logs_type_0_item)

        else:
            logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if tailnet is not UNSET:
            field_dict["tailnet"] = tailnet
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        tailnet = d.pop("tailnet", UNSET)

        _logs: Any = d.pop("logs", UNSET)
        logs: list[ConfigurationAuditLog] | None | Unset
        if isinstance(_logs, list):
            try:
                logs_type_0 = []
                _logs_type_0 = _logs
                for logs_type_0_item_data in _logs_type_0:
                    logs_type_0_item = ConfigurationAuditLog.from_dict(logs_type_0_item_data)

                    logs_type_0.append(logs_type_0_item)

                logs = logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                logs = cast("list[ConfigurationAuditLog] | None | Unset", _logs)
        else:
            logs = _logs

        configuration_audit_log_list = cls(
            version,
            tailnet,
            logs,
            d or {},
        )
        return configuration_audit_log_list

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


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.configuration_audit_log import ConfigurationAuditLog  # noqa: E402
