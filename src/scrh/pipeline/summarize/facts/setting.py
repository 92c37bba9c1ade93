"""Where and how the data were gathered: one centre or many, looking back, the country."""

from __future__ import annotations

import re
from functools import cache

from scrh.pipeline.summarize.facts.model import SettingFact
from scrh.pipeline.summarize.facts.own import is_own
from scrh.pipeline.summarize.language import load
from scrh.pipeline.summarize.sentences import Sentence

_SINGLE = re.compile(
    r"\b(single[- ](cent(er|re)|institution(al)?|site|hospital)|one (hospital|centre|center|"
    r"clinic|institution|site)|a (tertiary|university|single|regional) (\w+ )?(hospital|"
    r"cent(er|re)|clinic))\b",
    re.I,
)
_MULTI = re.compile(
    r"\b(multi-?(cent(er|re|ric)|site|institution(al)?|national)|(two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+) ([\w-]+ )?(hospitals|centres|centers|sites|clinics|"
    r"institutions|countries)|nationwide|national (registry|database|survey))\b",
    re.I,
)
_RETRO = re.compile(r"\bretrospective(ly)?\b", re.I)
_PROSPECTIVE = re.compile(r"\bprospective(ly)?\b", re.I)


@cache
def _countries() -> re.Pattern[str]:
    names = sorted(load("countries.json")["countries"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


def find_setting(title: str, sentences: list[Sentence]) -> SettingFact:
    """The setting of the study as its own sentences and title state it."""
    own = [s for s in sentences if is_own(s)]
    centres = None
    retrospective = None
    country = ""
    sources: list[int] = []
    match = _countries().search(title)
    if match:
        country = match.group(1)
    for sentence in own:
        text = sentence.text
        if centres is None and _MULTI.search(text):
            centres = "multi"
            sources.append(sentence.index)
        elif centres is None and _SINGLE.search(text):
            centres = "single"
            sources.append(sentence.index)
        if retrospective is None and _RETRO.search(text):
            retrospective = True
            sources.append(sentence.index)
        elif retrospective is None and _PROSPECTIVE.search(text):
            retrospective = False
            sources.append(sentence.index)
        if not country and sentence.role in ("methods", "background"):
            found = _countries().search(text)
            if found:
                country = found.group(1)
                sources.append(sentence.index)
    return SettingFact(
        centres=centres,  # type: ignore[arg-type]
        retrospective=retrospective,
        country=with_article(country),
        sources=tuple(sorted(set(sources))),
    )


_NEEDS_THE = re.compile(
    r"^(United\b|Netherlands|Philippines|Czech Republic|Republic\b|Gambia|Bahamas|"
    r"Maldives|Dominican Republic|Central African Republic|UK$|USA$|US$|UAE$)"
)


def with_article(country: str) -> str:
    """The country as it reads after "in": "the United States", "China"."""
    return f"the {country}" if country and _NEEDS_THE.match(country) else country
