"""Subject access: everything mediacode holds about one person, as a readable report and as JSON.

The traffic rows come from recomputing the person's pseudonym per key period
(the key holder can identify, GDPR art. 11(2) is no escape); parties other
than the person are masked, because their data is not the requester's.
"""
