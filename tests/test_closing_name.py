"""The writer's name closing a story's last line, after its last sentence, is a byline
(lib.engine.clean): one outlet's pages end "… said historian Jane Roe. John Doe", and its writer
stood among the outlet's most mentioned people. A name inside a sentence stays. Pages written
for this test in the style of such pages."""

from __future__ import annotations

from tests.conftest import found


def test_a_name_closing_the_story_is_its_byline(extract):
    pages = extract(
        {
            "closing.txt": """Senators weigh sanctions

Senator Maria Olsen pressed for new sanctions on Russia on Tuesday.

"It is not fair," said historian Adam Domby. Peter Weber
""",
            "inside.txt": """Senators weigh sanctions

Senator Maria Olsen pressed for new sanctions on Russia on Tuesday.

The bill was drafted with the help of Peter Weber.
""",
        }
    )
    assert found(pages, "closing.txt", "person") == {"Maria Olsen", "Adam Domby"}
    assert found(pages, "inside.txt", "person") == {"Maria Olsen", "Peter Weber"}
