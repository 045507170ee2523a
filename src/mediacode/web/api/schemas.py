"""Request and answer bodies of the JSON API (``XIn`` / ``XOut``), as the OpenAPI document shows them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class LoginIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(
        min_length=1, max_length=320, description="A person id or e-mail address of people.csv"
    )
    password: str = Field(min_length=1, max_length=1024)


class MeOut(BaseModel):
    id: str
    name: str
    roles: list[str]
    language: str
    csrf_token: str = Field(description="Send it as X-CSRF-Token with every state-changing call")


class LanguageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    language: Literal["nl", "en"]


class TextIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=20_000)


class FindingOut(BaseModel):
    category: str
    start: int | None
    end: int | None
    text: str
    severity: str
    explanation: str


class ReviewOut(BaseModel):
    """One line of ``mediacode review --format json`` (review.md)."""

    language: str
    verdict: Literal["allowed", "caution", "approval_required", "not_allowed"]
    findings: list[FindingOut]


class ApprovalOut(BaseModel):
    id: int
    author: str
    author_name: str
    approver: str
    approver_name: str
    text: str
    language: str
    verdict: str
    findings: list[FindingOut]
    status: Literal["pending", "approved", "rejected"]
    comment: str | None
    created_at: str
    decided_at: str | None
    delete_after_on: str | None


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Literal["approve", "reject"]
    comment: str | None = Field(default=None, max_length=2000)


class NotificationOut(BaseModel):
    id: int
    kind: str
    request_id: int | None
    created_at: str
    read: bool


class DocumentOut(BaseModel):
    kind: Literal["code", "regulation", "notice"]
    language: str
    title: str
    html: str
    document_hash: str
    acknowledged_at: str | None


class DocumentSummaryOut(BaseModel):
    kind: Literal["code", "regulation", "notice"]
    title: str
    acknowledged_at: str | None


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    error: ErrorDetail


class OkOut(BaseModel):
    ok: bool = True
