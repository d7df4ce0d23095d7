"""An agency's closing tag (issue 15): wire and syndicated copy ends its last paragraph with
the agency's name in brackets after the final full stop ("… signed the protocol on Skopje's
behalf at the event. (ANI)", "… the ministry said. (dpa)"). The paragraph is the story's
last, not a footer: it is read without the tag when the cleaning asks whether a line is
written in sentences.
"""

from __future__ import annotations

import re

# One or two words in brackets, right after the sentence's closing punctuation and ending the
# line: "(ANI)", "(AP)", "(Reuters)", "(dpa)", "(IANS)", "(Sputnik/Xinhua)".
_CLOSING_TAG = re.compile(
    r"(?<=[.!?\"”’])\s*\((?:[A-Z][A-Za-z]{1,11}|[a-z]{2,4})(?:[ /-][A-Z][A-Za-z]{1,11})?\)\s*$"
)


def without_closing_tag(text: str) -> str:
    """The line without an agency's tag after its last sentence ('… at the event.')."""
    return _CLOSING_TAG.sub("", text)
