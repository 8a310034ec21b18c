from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyFile")


@_attrs_define
class PolicyFile:
    """A tailnet policy file. Only the commonly used sections are spelled out; every other
    section is kept as it is.

        Attributes:
            acls (list[AclRule] | None | Unset):
            grants (list[PolicyFileGrantsItem] | None | Unset):
            groups (None | PolicyFileGroups | Unset):
            hosts (None | PolicyFileHosts | Unset):
            tag_owners (None | PolicyFileTagOwners | Unset):
            auto_approvers (None | PolicyFileAutoApprovers | Unset):
            ssh (list[PolicyFileSshItem] | None | Unset):
            node_attrs (list[PolicyFileNodeAttrsItem] | None | Unset):
            postures (None | PolicyFilePostures | Unset):
            tests (list[PolicyTest] | None | Unset):
            ssh_tests (list[PolicyFileSshTestsItem] | None | Unset):
    """

    acls: list[AclRule] | None | Unset = UNSET
    grants: list[PolicyFileGrantsItem] | None | Unset = UNSET
    groups: None | PolicyFileGroups | Unset = UNSET
    hosts: None | PolicyFileHosts | Unset = UNSET
    tag_owners: None | PolicyFileTagOwners | Unset = UNSET
    auto_approvers: None | PolicyFileAutoApprovers | Unset = UNSET
    ssh: list[PolicyFileSshItem] | None | Unset = UNSET
    node_attrs: list[PolicyFileNodeAttrsItem] | None | Unset = UNSET
    postures: None | PolicyFilePostures | Unset = UNSET
    tests: list[PolicyTest] | None | Unset = UNSET
    ssh_tests: list[PolicyFileSshTestsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acls: list[dict[str, Any]] | None | Unset
        if isinstance(self.acls, Unset):
            acls = UNSET
        elif isinstance(self.acls, list):
            acls = []
            for acls_type_0_item_data in self.acls:
                acls_type_0_item = acls_type_0_item_data.to_dict()
                acls.append(acls_type_0_item)

        else:
            acls = self.acls

        grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.grants, Unset):
            grants = UNSET
        elif isinstance(self.grants, list):
            grants = []
            for grants_type_0_item_data in self.grants:
                grants_type_0_item = grants_type_0_item_data.to_dict()
                grants.append(grants_type_0_item)

        else:
            grants = self.grants

        groups: dict[str, Any] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, PolicyFileGroups):
            groups = self.groups.to_dict()
        else:
            groups = self.groups

        hosts: dict[str, Any] | None | Unset
        if isinstance(self.hosts, Unset):
            hosts = UNSET
        elif isinstance(self.hosts, PolicyFileHosts):
            hosts = self.hosts.to_dict()
        else:
            hosts = self.hosts

        tag_owners: dict[str, Any] | None | Unset
        if isinstance(self.tag_owners, Unset):
            tag_owners = UNSET
        elif isinstance(self.tag_owners, PolicyFileTagOwners):
            tag_owners = self.tag_owners.to_dict()
        else:
            tag_owners = self.tag_owners

        auto_approvers: dict[str, Any] | None | Unset
        if isinstance(self.auto_approvers, Unset):
            auto_approvers = UNSET
        elif isinstance(self.auto_approvers, PolicyFileAutoApprovers):
            auto_approvers = self.auto_approvers.to_dict()
        else:
            auto_approvers = self.auto_approvers

        ssh: list[dict[str, Any]] | None | Unset
        if isinstance(self.ssh, Unset):
            ssh = UNSET
        elif isinstance(self.ssh, list):
            ssh = []
            for ssh_type_0_item_data in self.ssh:
                ssh_type_0_item = ssh_type_0_item_data.to_dict()
                ssh.append(ssh_type_0_item)

        else:
            ssh = self.ssh

        node_attrs: list[dict[str, Any]] | None | Unset
        if isinstance(self.node_attrs, Unset):
            node_attrs = UNSET
        elif isinstance(self.node_attrs, list):
            node_attrs = []
            for node_attrs_type_0_item_data in self.node_attrs:
                node_attrs_type_0_item = node_attrs_type_0_item_data.to_dict()
                node_attrs.append(node_attrs_type_0_item)

        else:
            node_attrs = self.node_attrs

        postures: dict[str, Any] | None | Unset
        if isinstance(self.postures, Unset):
            postures = UNSET
        elif isinstance(self.postures, PolicyFilePostures):
            postures = self.postures.to_dict()
        else:
            postures = self.postures

        tests: list[dict[str, Any]] | None | Unset
        if isinstance(self.tests, Unset):
            tests = UNSET
        elif isinstance(self.tests, list):
            tests = []
            for tests_type_0_item_data in self.tests:
                tests_type_0_item = tests_type_0_item_data.to_dict()
                tests.append(tests_type_0_item)

        else:
            tests = self.tests

        ssh_tests: list[dict[str, Any]] | None | Unset
        if isinstance(self.ssh_tests, Unset):
            ssh_tests = UNSET
        elif isinstance(self.ssh_tests, list):
            ssh_tests = []
            for ssh_tests_type_0_item_data in self.ssh_tests:
                ssh_tests_type_0_item = ssh_tests_type_0_item_data.to_dict()
                ssh_tests.append(ssh_tests_type_0_item)

        else:
            ssh_tests = self.ssh_tests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acls is not UNSET:
            field_dict["acls"] = acls
        if grants is not UNSET:
            field_dict["grants"] = grants
        if groups is not UNSET:
            field_dict["groups"] = groups
        if hosts is not UNSET:
            field_dict["hosts"] = hosts
        if tag_owners is not UNSET:
            field_dict["tagOwners"] = tag_owners
        if auto_approvers is not UNSET:
            field_dict["autoApprovers"] = auto_approvers
        if ssh is not UNSET:
            field_dict["ssh"] = ssh
        if node_attrs is not UNSET:
            field_dict["nodeAttrs"] = node_attrs
        if postures is not UNSET:
            field_dict["postures"] = postures
        if tests is not UNSET:
            field_dict["tests"] = tests
        if ssh_tests is not UNSET:
            field_dict["sshTests"] = ssh_tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _acls: Any = d.pop("acls", UNSET)
        acls: list[AclRule] | None | Unset
        if isinstance(_acls, list):
            acls_type_0 = []
            _acls_type_0 = _acls
            for acls_type_0_item_data in _acls_type_0:
                acls_type_0_item = AclRule.from_dict(acls_type_0_item_data)

                acls_type_0.append(acls_type_0_item)

            acls = acls_type_0
        elif _acls is None or _acls is UNSET:
            acls = _acls
        else:
            raise TypeError(f"acls: {type(_acls).__name__} is not list[AclRule] | None | Unset")

        _grants: Any = d.pop("grants", UNSET)
        grants: list[PolicyFileGrantsItem] | None | Unset
        if isinstance(_grants, list):
            grants_type_0 = []
            _grants_type_0 = _grants
            for grants_type_0_item_data in _grants_type_0:
                grants_type_0_item = PolicyFileGrantsItem.from_dict(grants_type_0_item_data)

                grants_type_0.append(grants_type_0_item)

            grants = grants_type_0
        elif _grants is None or _grants is UNSET:
            grants = _grants
        else:
            raise TypeError(f"grants: {type(_grants).__name__} is not list[PolicyFileGrantsItem] | None | Unset")

        _groups: Any = d.pop("groups", UNSET)
        groups: None | PolicyFileGroups | Unset
        if isinstance(_groups, dict):
            groups_type_0 = PolicyFileGroups.from_dict(_groups)

            groups = groups_type_0
        elif _groups is None or _groups is UNSET:
            groups = _groups
        else:
            raise TypeError(f"groups: {type(_groups).__name__} is not None | PolicyFileGroups | Unset")

        _hosts: Any = d.pop("hosts", UNSET)
        hosts: None | PolicyFileHosts | Unset
        if isinstance(_hosts, dict):
            hosts_type_0 = PolicyFileHosts.from_dict(_hosts)

            hosts = hosts_type_0
        elif _hosts is None or _hosts is UNSET:
            hosts = _hosts
        else:
            raise TypeError(f"hosts: {type(_hosts).__name__} is not None | PolicyFileHosts | Unset")

        _tag_owners: Any = d.pop("tagOwners", UNSET)
        tag_owners: None | PolicyFileTagOwners | Unset
        if isinstance(_tag_owners, dict):
            tag_owners_type_0 = PolicyFileTagOwners.from_dict(_tag_owners)

            tag_owners = tag_owners_type_0
        elif _tag_owners is None or _tag_owners is UNSET:
            tag_owners = _tag_owners
        else:
            raise TypeError(f"tagOwners: {type(_tag_owners).__name__} is not None | PolicyFileTagOwners | Unset")

        _auto_approvers: Any = d.pop("autoApprovers", UNSET)
        auto_approvers: None | PolicyFileAutoApprovers | Unset
        if isinstance(_auto_approvers, dict):
            auto_approvers_type_0 = PolicyFileAutoApprovers.from_dict(_auto_approvers)

            auto_approvers = auto_approvers_type_0
        elif _auto_approvers is None or _auto_approvers is UNSET:
            auto_approvers = _auto_approvers
        else:
            raise TypeError(
                f"autoApprovers: {type(_auto_approvers).__name__} is not None | PolicyFileAutoApprovers | Unset"
            )

        _ssh: Any = d.pop("ssh", UNSET)
        ssh: list[PolicyFileSshItem] | None | Unset
        if isinstance(_ssh, list):
            ssh_type_0 = []
            _ssh_type_0 = _ssh
            for ssh_type_0_item_data in _ssh_type_0:
                ssh_type_0_item = PolicyFileSshItem.from_dict(ssh_type_0_item_data)

                ssh_type_0.append(ssh_type_0_item)

            ssh = ssh_type_0
        elif _ssh is None or _ssh is UNSET:
            ssh = _ssh
        else:
            raise TypeError(f"ssh: {type(_ssh).__name__} is not list[PolicyFileSshItem] | None | Unset")

        _node_attrs: Any = d.pop("nodeAttrs", UNSET)
        node_attrs: list[PolicyFileNodeAttrsItem] | None | Unset
        if isinstance(_node_attrs, list):
            node_attrs_type_0 = []
            _node_attrs_type_0 = _node_attrs
            for node_attrs_type_0_item_data in _node_attrs_type_0:
                node_attrs_type_0_item = PolicyFileNodeAttrsItem.from_dict(node_attrs_type_0_item_data)

                node_attrs_type_0.append(node_attrs_type_0_item)

            node_attrs = node_attrs_type_0
        elif _node_attrs is None or _node_attrs is UNSET:
            node_attrs = _node_attrs
        else:
            raise TypeError(
                f"nodeAttrs: {type(_node_attrs).__name__} is not list[PolicyFileNodeAttrsItem] | None | Unset"
            )

        _postures: Any = d.pop("postures", UNSET)
        postures: None | PolicyFilePostures | Unset
        if isinstance(_postures, dict):
            postures_type_0 = PolicyFilePostures.from_dict(_postures)

            postures = postures_type_0
        elif _postures is None or _postures is UNSET:
            postures = _postures
        else:
            raise TypeError(f"postures: {type(_postures).__name__} is not None | PolicyFilePostures | Unset")

        _tests: Any = d.pop("tests", UNSET)
        tests: list[PolicyTest] | None | Unset
        if isinstance(_tests, list):
            tests_type_0 = []
            _tests_type_0 = _tests
            for tests_type_0_item_data in _tests_type_0:
                tests_type_0_item = PolicyTest.from_dict(tests_type_0_item_data)

                tests_type_0.append(tests_type_0_item)

            tests = tests_type_0
        elif _tests is None or _tests is UNSET:
            tests = _tests
        else:
            raise TypeError(f"tests: {type(_tests).__name__} is not list[PolicyTest] | None | Unset")

        _ssh_tests: Any = d.pop("sshTests", UNSET)
        ssh_tests: list[PolicyFileSshTestsItem] | None | Unset
        if isinstance(_ssh_tests, list):
            ssh_tests_type_0 = []
            _ssh_tests_type_0 = _ssh_tests
            for ssh_tests_type_0_item_data in _ssh_tests_type_0:
                ssh_tests_type_0_item = PolicyFileSshTestsItem.from_dict(ssh_tests_type_0_item_data)

                ssh_tests_type_0.append(ssh_tests_type_0_item)

            ssh_tests = ssh_tests_type_0
        elif _ssh_tests is None or _ssh_tests is UNSET:
            ssh_tests = _ssh_tests
        else:
            raise TypeError(f"sshTests: {type(_ssh_tests).__name__} is not list[PolicyFileSshTestsItem] | None | Unset")

        return cls(
            acls,
            grants,
            groups,
            hosts,
            tag_owners,
            auto_approvers,
            ssh,
            node_attrs,
            postures,
            tests,
            ssh_tests,
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
from ..models.acl_rule import AclRule  # noqa: E402
from ..models.policy_file_auto_approvers import PolicyFileAutoApprovers  # noqa: E402
from ..models.policy_file_grants_item import PolicyFileGrantsItem  # noqa: E402
from ..models.policy_file_groups import PolicyFileGroups  # noqa: E402
from ..models.policy_file_hosts import PolicyFileHosts  # noqa: E402
from ..models.policy_file_node_attrs_item import PolicyFileNodeAttrsItem  # noqa: E402
from ..models.policy_file_postures import PolicyFilePostures  # noqa: E402
from ..models.policy_file_ssh_item import PolicyFileSshItem  # noqa: E402
from ..models.policy_file_ssh_tests_item import PolicyFileSshTestsItem  # noqa: E402
from ..models.policy_file_tag_owners import PolicyFileTagOwners  # noqa: E402
from ..models.policy_test import PolicyTest  # noqa: E402
