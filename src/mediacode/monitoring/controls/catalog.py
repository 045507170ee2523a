"""Which controls a purpose may run: built-ins by name, the organization's own by check (step 7).

A control runs only for a purpose that binds it: the purpose names it under
``controls``, or an organization's control names the purpose under
``purpose``. Anything else is refused, and so is a control whose flag would do
more than open the way to a case (P21).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from mediacode.errors import NotFoundError
from mediacode.monitoring.controls import (
    bandwidth_by_department,
    blocked_category_attempts,
    malware_hits,
    phishing_hits,
    private_browsing_share,
)
from mediacode.monitoring.controls.control import Control, ControlRefusedError
from mediacode.monitoring.controls.custom_sql import check_custom, refuse
from mediacode.org.schema import BUILTIN_CONTROLS, CustomControl, FlagRule, Policy, Purpose

OPEN_CASE = "open_case"

BUILTINS: dict[str, Callable[[Policy], Control]] = {
    malware_hits.NAME: malware_hits.control,
    phishing_hits.NAME: phishing_hits.control,
    bandwidth_by_department.NAME: bandwidth_by_department.control,
    blocked_category_attempts.NAME: blocked_category_attempts.control,
    private_browsing_share.NAME: private_browsing_share.control,
}
assert frozenset(BUILTINS) == BUILTIN_CONTROLS


def get_purpose(policy: Policy, purpose_id: str) -> Purpose:
    for purpose in policy.monitoring.purposes:
        if purpose.id == purpose_id:
            return purpose
    declared = ", ".join(p.id for p in policy.monitoring.purposes) or "none"
    raise NotFoundError(
        f"no purpose {purpose_id!r} is declared under monitoring.purposes (declared: {declared})"
    )


def bound_names(policy: Policy, purpose: Purpose) -> tuple[str, ...]:
    """The controls ``purpose`` binds, in the order the policy names them."""
    names = list(purpose.controls)
    names += [c.name for c in policy.monitoring.controls if c.purpose == purpose.id and c.name not in names]
    return tuple(names)


def all_bound_names(policy: Policy) -> frozenset[str]:
    """Every control some declared purpose binds."""
    return frozenset(name for purpose in policy.monitoring.purposes for name in bound_names(policy, purpose))


def controls_for(policy: Policy, purpose_id: str, control_name: str | None = None) -> list[Control]:
    """The checked controls to run for ``purpose_id`` (all it binds, or the one named)."""
    purpose = get_purpose(policy, purpose_id)
    bound = bound_names(policy, purpose)
    if control_name is not None:
        if control_name not in bound:
            shown = ", ".join(bound) or "none"
            raise ControlRefusedError(
                f"the control {control_name!r} is not bound to the purpose {purpose_id!r} "
                f"(bound: {shown}); a control runs only for a purpose that names it"
            )
        bound = (control_name,)
    if not bound:
        raise ControlRefusedError(f"the purpose {purpose_id!r} binds no control")
    return [build_control(policy, name) for name in bound]


def build_control(policy: Policy, name: str) -> Control:
    custom = _custom(policy, name)
    if name in BUILTINS:
        if custom is not None:
            raise refuse(name, "it has the name of a built-in control; give it another name")
        flag = policy.monitoring.flags.get(name)
        _refuse_automatic(name, flag)
        return replace(BUILTINS[name](policy), flag=flag)
    if custom is None:
        raise refuse(name, "no built-in control and no control under monitoring.controls has this name")
    _refuse_automatic(name, custom.flag)
    return check_custom(custom)


def _refuse_automatic(name: str, flag: FlagRule | None) -> None:
    if flag is not None and flag.action != OPEN_CASE:
        raise refuse(
            name,
            f"its flag action {flag.action!r} would assess a person automatically; "
            f"only {OPEN_CASE} is allowed, so that a flag only opens the way to a case (P21)",
        )


def _custom(policy: Policy, name: str) -> CustomControl | None:
    for custom in policy.monitoring.controls:
        if custom.name == name:
            return custom
    return None
