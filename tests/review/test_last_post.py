"""``last_post``: one answer per post, made once, never another post's."""

from __future__ import annotations

from mediacode.review.last_post import last_post
from mediacode.review.text import Post, prepare


def test_the_answer_is_made_once_per_post_and_never_reused_for_another() -> None:
    made: list[str] = []

    def words(post: Post) -> list[str]:
        made.append(post.text)
        return [t.lower for t in post.tokens]

    ask = last_post(words)
    first, second = prepare("Een post", "nl", None), prepare("Een post", "nl", None)
    assert ask(first) is ask(first)
    assert made == ["Een post"]
    assert ask(second) == ["een", "post"]  # an equal text is another post: made again
    assert made == ["Een post", "Een post"]
    ask(first)
    assert len(made) == 3  # only the last post is remembered
