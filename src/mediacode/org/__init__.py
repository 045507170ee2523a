"""The organization folder: policy.yaml, people, relations and confidential terms."""

from mediacode.org.loader import load_organization
from mediacode.org.organization import Organization, monitoring_hash

__all__ = ["Organization", "load_organization", "monitoring_hash"]
