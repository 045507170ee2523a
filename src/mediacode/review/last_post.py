"""One answer per post, worked out once: the detectors ask the same question of a post in a row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # word_tests, which text's imports may reach, uses this module
    from mediacode.review.text import Post

T = TypeVar("T")


def last_post(make: Callable[[Post], T]) -> Callable[[Post], T]:
    """``make`` remembering its answer for the last post asked, with the post in one tuple, so that
    threads sharing a reviewer read the pair whole and never take another post's answer (docs/adr/0055).
    The answer is shared: read it, never change it. (A closure: a call costs less than an object's.)"""
    last: tuple[Post, T] | None = None

    def answer(post: Post) -> T:
        nonlocal last
        remembered = last
        if remembered is not None and remembered[0] is post:
            return remembered[1]
        made = make(post)
        last = (post, made)
        return made

    return answer
