from typing import Literal

AclRuleRequestAction = Literal["accept"]

ACL_RULE_REQUEST_ACTION_VALUES: set[AclRuleRequestAction] = {
    "accept",
}


def check_acl_rule_request_action(value: str) -> AclRuleRequestAction:
    if value in ACL_RULE_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACL_RULE_REQUEST_ACTION_VALUES!r}")
