"""The monitoring part of a policy as YAML text: exactly the values its consent hash covers.

The values after validation, defaults left out (as ``monitoring_hash`` sees
them), in the schema's key order, so that two versions compare line by line.
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML

from mediacode.org.schema import Policy


def monitoring_yaml(policy: Policy) -> str:
    data = policy.monitoring.model_dump(mode="json", exclude_defaults=True)
    writer = YAML(typ="safe", pure=True)
    writer.default_flow_style = False
    writer.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    writer.width = 4096
    buffer = io.StringIO()
    writer.dump({"monitoring": data}, buffer)
    return buffer.getvalue()
