from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PolicyFileRequest")


@_attrs_define
class PolicyFileRequest:
    """A policy file to send. Only the commonly used sections are spelled out; every
    other section is sent as it is.

        Attributes:
            acls (list[AclRuleRequest] | Unset):
            grants (list[PolicyFileRequestGrantsItem] | Unset):
            groups (PolicyFileRequestGroups | Unset):
            hosts (PolicyFileRequestHosts | Unset):
            tag_owners (PolicyFileRequestTagOwners | Unset):
            auto_approvers (PolicyFileRequestAutoApprovers | Unset):
            ssh (list[PolicyFileRequestSshItem] | Unset):
            node_attrs (list[PolicyFileRequestNodeAttrsItem] | Unset):
            postures (PolicyFileRequestPostures | Unset):
            tests (list[PolicyTestRequest] | Unset):
            ssh_tests (list[PolicyFileRequestSshTestsItem] | Unset):
    """

    acls: list[AclRuleRequest] | Unset = UNSET
    grants: list[PolicyFileRequestGrantsItem] | Unset = UNSET
    groups: PolicyFileRequestGroups | Unset = UNSET
    hosts: PolicyFileRequestHosts | Unset = UNSET
    tag_owners: PolicyFileRequestTagOwners | Unset = UNSET
    auto_approvers: PolicyFileRequestAutoApprovers | Unset = UNSET
    ssh: list[PolicyFileRequestSshItem] | Unset = UNSET
    node_attrs: list[PolicyFileRequestNodeAttrsItem] | Unset = UNSET
    postures: PolicyFileRequestPostures | Unset = UNSET
    tests: list[PolicyTestRequest] | Unset = UNSET
    ssh_tests: list[PolicyFileRequestSshTestsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acls, Unset):
            acls = []
            for acls_item_data in self.acls:
                acls_item = acls_item_data.to_dict()
                acls.append(acls_item)

        grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grants, Unset):
            grants = []
            for grants_item_data in self.grants:
                grants_item = grants_item_data.to_dict()
                grants.append(grants_item)

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        hosts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hosts, Unset):
            hosts = self.hosts.to_dict()

        tag_owners: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag_owners, Unset):
            tag_owners = self.tag_owners.to_dict()

        auto_approvers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_approvers, Unset):
            auto_approvers = self.auto_approvers.to_dict()

        ssh: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ssh, Unset):
            ssh = []
            for ssh_item_data in self.ssh:
                ssh_item = ssh_item_data.to_dict()
                ssh.append(ssh_item)

        node_attrs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_attrs, Unset):
            node_attrs = []
            for node_attrs_item_data in self.node_attrs:
                node_attrs_item = node_attrs_item_data.to_dict()
                node_attrs.append(node_attrs_item)

        postures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postures, Unset):
            postures = self.postures.to_dict()

        tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tests, Unset):
            tests = []
            for tests_item_data in self.tests:
                tests_item = tests_item_data.to_dict()
                tests.append(tests_item)

        ssh_tests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ssh_tests, Unset):
            ssh_tests = []
            for ssh_tests_item_data in self.ssh_tests:
                ssh_tests_item = ssh_tests_item_data.to_dict()
                ssh_tests.append(ssh_tests_item)

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
        _acls = d.pop("acls", UNSET)
        acls: list[AclRuleRequest] | Unset = UNSET
        if _acls is not UNSET:
            acls = []
            for acls_item_data in _acls:
                acls_item = AclRuleRequest.from_dict(acls_item_data)

                acls.append(acls_item)

        _grants = d.pop("grants", UNSET)
        grants: list[PolicyFileRequestGrantsItem] | Unset = UNSET
        if _grants is not UNSET:
            grants = []
            for grants_item_data in _grants:
                grants_item = PolicyFileRequestGrantsItem.from_dict(grants_item_data)

                grants.append(grants_item)

        _groups = d.pop("groups", UNSET)
        groups: PolicyFileRequestGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = PolicyFileRequestGroups.from_dict(_groups)

        _hosts = d.pop("hosts", UNSET)
        hosts: PolicyFileRequestHosts | Unset
        if isinstance(_hosts, Unset):
            hosts = UNSET
        else:
            hosts = PolicyFileRequestHosts.from_dict(_hosts)

        _tag_owners = d.pop("tagOwners", UNSET)
        tag_owners: PolicyFileRequestTagOwners | Unset
        if isinstance(_tag_owners, Unset):
            tag_owners = UNSET
        else:
            tag_owners = PolicyFileRequestTagOwners.from_dict(_tag_owners)

        _auto_approvers = d.pop("autoApprovers", UNSET)
        auto_approvers: PolicyFileRequestAutoApprovers | Unset
        if isinstance(_auto_approvers, Unset):
            auto_approvers = UNSET
        else:
            auto_approvers = PolicyFileRequestAutoApprovers.from_dict(_auto_approvers)

        _ssh = d.pop("ssh", UNSET)
        ssh: list[PolicyFileRequestSshItem] | Unset = UNSET
        if _ssh is not UNSET:
            ssh = []
            for ssh_item_data in _ssh:
                ssh_item = PolicyFileRequestSshItem.from_dict(ssh_item_data)

                ssh.append(ssh_item)

        _node_attrs = d.pop("nodeAttrs", UNSET)
        node_attrs: list[PolicyFileRequestNodeAttrsItem] | Unset = UNSET
        if _node_attrs is not UNSET:
            node_attrs = []
            for node_attrs_item_data in _node_attrs:
                node_attrs_item = PolicyFileRequestNodeAttrsItem.from_dict(node_attrs_item_data)

                node_attrs.append(node_attrs_item)

        _postures = d.pop("postures", UNSET)
        postures: PolicyFileRequestPostures | Unset
        if isinstance(_postures, Unset):
            postures = UNSET
        else:
            postures = PolicyFileRequestPostures.from_dict(_postures)

        _tests = d.pop("tests", UNSET)
        tests: list[PolicyTestRequest] | Unset = UNSET
        if _tests is not UNSET:
            tests = []
            for tests_item_data in _tests:
                tests_item = PolicyTestRequest.from_dict(tests_item_data)

                tests.append(tests_item)

        _ssh_tests = d.pop("sshTests", UNSET)
        ssh_tests: list[PolicyFileRequestSshTestsItem] | Unset = UNSET
        if _ssh_tests is not UNSET:
            ssh_tests = []
            for ssh_tests_item_data in _ssh_tests:
                ssh_tests_item = PolicyFileRequestSshTestsItem.from_dict(ssh_tests_item_data)

                ssh_tests.append(ssh_tests_item)

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
from ..models.acl_rule_request import AclRuleRequest  # noqa: E402
from ..models.policy_file_request_auto_approvers import PolicyFileRequestAutoApprovers  # noqa: E402
from ..models.policy_file_request_grants_item import PolicyFileRequestGrantsItem  # noqa: E402
from ..models.policy_file_request_groups import PolicyFileRequestGroups  # noqa: E402
from ..models.policy_file_request_hosts import PolicyFileRequestHosts  # noqa: E402
from ..models.policy_file_request_node_attrs_item import PolicyFileRequestNodeAttrsItem  # noqa: E402
from ..models.policy_file_request_postures import PolicyFileRequestPostures  # noqa: E402
from ..models.policy_file_request_ssh_item import PolicyFileRequestSshItem  # noqa: E402
from ..models.policy_file_request_ssh_tests_item import PolicyFileRequestSshTestsItem  # noqa: E402
from ..models.policy_file_request_tag_owners import PolicyFileRequestTagOwners  # noqa: E402
from ..models.policy_test_request import PolicyTestRequest  # noqa: E402
