"""Text fields that refuse control characters.

A name or address may end up in a mail header (an invitation's subject carries the company
name), on an invoice or in a bank file: a line break there splits the header, a bidi override
turns text around. `SingleLine` refuses every C0/C1 control character, the Unicode line and
paragraph separators and the bidi embedding, override and isolate controls; `MultiLine`
allows line breaks and tabs and refuses the rest. The answer is a 422 naming the field, with
rule `characters`.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

_SINGLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_MULTI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
RULE = "control_characters"


def single_line(value: str) -> str:
    if _SINGLE.search(value):
        raise PydanticCustomError(RULE, "Line breaks and control characters are not allowed here.")
    return value


def multi_line(value: str) -> str:
    if _MULTI.search(value):
        raise PydanticCustomError(RULE, "Control characters are not allowed here.")
    return value


SingleLine = Annotated[str, AfterValidator(single_line)]
MultiLine = Annotated[str, AfterValidator(multi_line)]
