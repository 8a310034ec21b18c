from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyTestRequest")


@_attrs_define
class PolicyTestRequest:
    """A policy test to send.

    Attributes:
        src (str | Unset): A user, group, tag, host or IP address.
        src_posture_attrs (PolicyTestRequestSrcPostureAttrs | Unset):
        proto (str | Unset):
        accept (list[str] | Unset): `host:port` destinations that must be allowed.
        deny (list[str] | Unset): `host:port` destinations that must be denied.
        allow (list[str] | Unset): Legacy name of `accept`.
    """

    src: str | Unset = UNSET
    src_posture_attrs: PolicyTestRequestSrcPostureAttrs | Unset = UNSET
    proto: str | Unset = UNSET
    accept: list[str] | Unset = UNSET
    deny: list[str] | Unset = UNSET
    allow: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        src_posture_attrs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.src_posture_attrs, Unset):
            src_posture_attrs = self.src_posture_attrs.to_dict()

        proto = self.proto

        accept: list[str] | Unset = UNSET
        if not isinstance(self.accept, Unset):
            accept = self.accept

        deny: list[str] | Unset = UNSET
        if not isinstance(self.deny, Unset):
            deny = self.deny

        allow: list[str] | Unset = UNSET
        if not isinstance(self.allow, Unset):
            allow = self.allow

        field_dict: dict[str, Any] = {}

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
        src = d.pop("src", UNSET)

        _src_posture_attrs = d.pop("srcPostureAttrs", UNSET)
        src_posture_attrs: PolicyTestRequestSrcPostureAttrs | Unset
        if isinstance(_src_posture_attrs, Unset):
            src_posture_attrs = UNSET
        else:
            src_posture_attrs = PolicyTestRequestSrcPostureAttrs.from_dict(_src_posture_attrs)

        proto = d.pop("proto", UNSET)

        accept: list[str] | Unset = d.pop("accept", UNSET)

        deny: list[str] | Unset = d.pop("deny", UNSET)

        allow: list[str] | Unset = d.pop("allow", UNSET)

        return cls(
            src,
            src_posture_attrs,
            proto,
            accept,
            deny,
            allow,
        )


# Imported last: see the template (generator-templates/model.py.jinja).
from ..models.policy_test_request_src_posture_attrs import PolicyTestRequestSrcPostureAttrs  # noqa: E402
