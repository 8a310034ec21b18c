from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_actor import AuditLogActor
    from ..models.audit_log_target import AuditLogTarget


T = TypeVar("T", bound="ConfigurationAuditLog")


@_attrs_define
class ConfigurationAuditLog:
    """One configuration change (or attempted change).

    Attributes:
        event_time (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        type_ (str | Unset): Always CONFIG today.
        deferred_at (datetime.datetime | None | str | Unset): An RFC 3339 time. The API sends `""` or `null` when it has
            no value (for example
            the creation time of a device shared in from another tailnet).
        event_group_id (str | Unset): Shared by the entries one operation produced.
        origin (str | Unset): Where the change came from, for example ADMIN_CONSOLE or API.
        actor (AuditLogActor | Unset): Who made a change.
        target (AuditLogTarget | Unset): What a change was made to.
        action (str | Unset):
        old (Any | Unset): Value of `target.property` before the change (any JSON value).
        new (Any | Unset): Value of `target.property` after the change (any JSON value).
        action_details (str | Unset):
        error (str | Unset): Why the change failed, when it did.
    """

    event_time: datetime.datetime | None | str | Unset = UNSET
    type_: str | Unset = UNSET
    deferred_at: datetime.datetime | None | str | Unset = UNSET
    event_group_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    actor: AuditLogActor | Unset = UNSET
    target: AuditLogTarget | Unset = UNSET
    action: str | Unset = UNSET
    old: Any | Unset = UNSET
    new: Any | Unset = UNSET
    action_details: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_time: None | str | Unset
        if isinstance(self.event_time, Unset):
            event_time = UNSET
        elif isinstance(self.event_time, datetime.datetime):
            event_time = self.event_time.isoformat()
        else:
            event_time = self.event_time

        type_ = self.type_

        deferred_at: None | str | Unset
        if isinstance(self.deferred_at, Unset):
            deferred_at = UNSET
        elif isinstance(self.deferred_at, datetime.datetime):
            deferred_at = self.deferred_at.isoformat()
        else:
            deferred_at = self.deferred_at

        event_group_id = self.event_group_id

        origin = self.origin

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        action = self.action

        old = self.old

        new = self.new

        action_details = self.action_details

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_time is not UNSET:
            field_dict["eventTime"] = event_time
        if type_ is not UNSET:
            field_dict["type"] = type_
        if deferred_at is not UNSET:
            field_dict["deferredAt"] = deferred_at
        if event_group_id is not UNSET:
            field_dict["eventGroupID"] = event_group_id
        if origin is not UNSET:
            field_dict["origin"] = origin
        if actor is not UNSET:
            field_dict["actor"] = actor
        if target is not UNSET:
            field_dict["target"] = target
        if action is not UNSET:
            field_dict["action"] = action
        if old is not UNSET:
            field_dict["old"] = old
        if new is not UNSET:
            field_dict["new"] = new
        if action_details is not UNSET:
            field_dict["actionDetails"] = action_details
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_actor import AuditLogActor  # noqa: PLC0415
        from ..models.audit_log_target import AuditLogTarget  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_event_time(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        event_time = _parse_event_time(d.pop("eventTime", UNSET))

        type_ = d.pop("type", UNSET)

        def _parse_deferred_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        deferred_at = _parse_deferred_at(d.pop("deferredAt", UNSET))

        event_group_id = d.pop("eventGroupID", UNSET)

        origin = d.pop("origin", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: AuditLogActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = AuditLogActor.from_dict(_actor)

        _target = d.pop("target", UNSET)
        target: AuditLogTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = AuditLogTarget.from_dict(_target)

        action = d.pop("action", UNSET)

        old = d.pop("old", UNSET)

        new = d.pop("new", UNSET)

        action_details = d.pop("actionDetails", UNSET)

        error = d.pop("error", UNSET)

        configuration_audit_log = cls(
            event_time=event_time,
            type_=type_,
            deferred_at=deferred_at,
            event_group_id=event_group_id,
            origin=origin,
            actor=actor,
            target=target,
            action=action,
            old=old,
            new=new,
            action_details=action_details,
            error=error,
        )

        configuration_audit_log.additional_properties = d
        return configuration_audit_log

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
