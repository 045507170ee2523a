"""Re-identification cases: request, two approvals, reveal, notification, conversation, close.

Pure logic (ADR 0085): the state of a case (``model``), what may open one
(``opening``), who may approve it (``approval``), the transitions after
approval (``transitions``) and the conversation deadline (``deadline``).
Persistence and the audit log live in ``storage`` and ``services``.
"""
