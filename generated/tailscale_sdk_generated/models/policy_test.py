from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyTest")


@_attrs_define
class PolicyTest:
    """A policy test, asserting which destinations a source can and cannot reach.

    Attributes:
        src (None | str | Unset): A user, group, tag, host or IP address.
        src_posture_attrs (None | PolicyTestSrcPostureAttrs | Unset):
        proto (None | str | Unset):
        accept (list[str] | None | Unset): `host:port` destinations that must be allowed.
        deny (list[str] | None | Unset): `host:port` destinations that must be denied.
        allow (list[str] | None | Unset): Legacy name of `accept`.
    """

    src: None | str | Unset = UNSET
    src_posture_attrs: None | PolicyTestSrcPostureAttrs | Unset = UNSET
    proto: None | str | Unset = UNSET
    accept: list[str] | None | Unset = UNSET
    deny: list[str] | None | Unset = UNSET
    allow: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src: None | str | Unset
        if isinstance(self.src, Unset):
            src = UNSET
        else:
            src = self.src

        src_posture_attrs: dict[str, Any] | None | Unset
        if isinstance(self.src_posture_attrs, Unset):
            src_posture_attrs = UNSET
        elif isinstance(self.src_posture_attrs, PolicyTestSrcPostureAttrs):
            src_posture_attrs = self.src_posture_attrs.to_dict()
        else:
            src_posture_attrs = self.src_posture_attrs

        proto: None | str | Unset
        if isinstance(self.proto, Unset):
            proto = UNSET
        else:
            proto = self.proto

        accept: list[str] | None | Unset
        if isinstance(self.accept, Unset):
            accept = UNSET
        elif isinstance(self.accept, list):
            accept = self.accept

        else:
            accept = self.accept

        deny: list[str] | None | Unset
        if isinstance(self.deny, Unset):
            deny = UNSET
        elif isinstance(self.deny, list):
            deny = self.deny

        else:
            deny = self.deny

        allow: list[str] | None | Unset
        if isinstance(self.allow, Unset):
            allow = UNSET
        elif isinstance(self.allow, list):
            allow = self.allow

        else:
            allow = self.allow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if src is not UNSET:
            field_dict["src"] = src
        if src_posture_attrs is not UNSET:
            field_dict["srcPostureAttrs"] = src_posture_attrs
        if proto is not UNSET:
            field_dict["proto"] = proto
        if accept is not UNSET:
            field_dict["accept"] = accept
        if deny is not UNSET:
            field_dict["deny"] = deny
        if allow is not UNSET:
            field_dict["allow"] = allow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        src: None | str | Unset = d.pop("src", UNSET)

        _src_posture_attrs: Any = d.pop("srcPostureAttrs", UNSET)
        src_posture_attrs: None | PolicyTestSrcPostureAttrs | Unset
        if isinstance(_src_posture_attrs, dict):
            src_posture_attrs_type_0 = PolicyTestSrcPostureAttrs.from_dict(_src_posture_attrs)

            src_posture_attrs = src_posture_attrs_type_0
        elif _src_posture_attrs is None or _src_posture_attrs is UNSET:
            src_posture_attrs = _src_posture_attrs
        else:
            raise TypeError(
                f"srcPostureAttrs: {type(_src_posture_attrs).__name__} is not None | PolicyTestSrcPostureAttrs | Unset"
            )

        proto: None | str | Unset = d.pop("proto", UNSET)

        accept: list[str] | None | Unset = d.pop("accept", UNSET)

        deny: list[str] | None | Unset = d.pop("deny", UNSET)

        allow: list[str] | None | Unset = d.pop("allow", UNSET)

        return cls(
            src,
            src_posture_attrs,
            proto,
            accept,
            deny,
            allow,
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


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.policy_test_src_posture_attrs import PolicyTestSrcPostureAttrs  # noqa: E402
