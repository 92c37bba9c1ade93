"""What a key finding must keep of its source: a null result told in a leading side clause
("Although no outcome changed significantly, there was a trend ...") and a qualifier the
paper puts on a recovery elsewhere ("rats ... partly recover ..."). Read from how papers write,
never from a particular paper."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrh.pipeline.summarize.model import KeyFinding
from scrh.pipeline.summarize.writers.draft import Draft

# "Although no psychosocial outcomes changed significantly, ...": a null result of its own
_NULL_LEAD = re.compile(
    r"^(?:although|though|while|whereas|even though)\s+(?P<clause>(?:no|none of the|neither)\s"
    r"[^,;]{3,120}?\b(?:significant(?:ly)?|differ(?:ed)?|changed?)\b[^,;]{0,40}),\s+",
    re.I,
)
NULL_WORDS = 45  # the null result and the rest of the finding, told together


def null_lead(source: str) -> str:
    """The null result a sentence tells in its leading side clause, as a sentence of its own
    ("No psychosocial outcomes changed significantly."), else ""."""
    match = _NULL_LEAD.match(source.strip())
    if not match:
        return ""
    clause = match.group("clause").strip()
    return clause[:1].upper() + clause[1:] + "."


def with_null_lead(source: str, text: str) -> str:
    """`text`, a short form of `source`, with the null result of `source`'s leading side
    clause told first when the short form dropped it; the null result alone when both would
    be too long."""
    null = null_lead(source)
    if not null or _key(null) in _key(text):
        return text
    joined = f"{null[:-1]}; {text[:1].lower()}{text[1:]}" if text[1:2].islower() else ""
    if joined and len(joined.split()) <= NULL_WORDS:
        return joined
    return null


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


# "partly recover unassisted locomotion": a qualifier on a recovery, and the word after it
_QUALIFIED = re.compile(
    r"\b(?P<hedge>partly|partially|incompletely|only partially)\s+(?P<verb>recover|regain|"
    r"restore|return|improve)\w*\s+(?P<next>[a-z-]+)",
    re.I,
)


def with_qualifier(text: str, sentences: Sequence[str]) -> tuple[str, int | None]:
    """`text` with the qualifier the paper puts on the same recovery in another sentence, and
    that sentence's index: "rats can recover unassisted weight support" becomes "rats can
    partly recover unassisted weight support" when the paper says elsewhere that they "partly
    recover unassisted locomotion". Only the same verb before the same word; a recovery
    already qualified, or one the paper never qualifies, stays as it is (index None)."""
    for index, sentence in enumerate(sentences):
        for match in _QUALIFIED.finditer(sentence):
            verb, after = match.group("verb").lower(), re.escape(match.group("next").lower())
            plain = re.compile(rf"{_UNQUALIFIED}\b({verb}\w*)\s+{after}\b", re.I)
            found = plain.search(text)
            if found:
                hedge = match.group("hedge").lower()
                told = f"{text[: found.start()]}{hedge} {text[found.start() :]}"
                return told, index
    return text, None


_UNQUALIFIED = r"(?<!partly )(?<!partially )(?<!incompletely )"


# "the spinal circuits' active in bladder function": a possessive before an adjective that
# takes "in" or "for" owns nothing; the apostrophe is a slip ("the circuits active in ...")
_STRAY_POSSESSIVE = re.compile(
    r"\b([a-z]+s)' (active|involved|responsible|present|engaged|important|essential|"
    r"necessary|required|critical|crucial|implicated) (in|for)\b",
    re.I,
)


def without_stray_possessive(text: str) -> str:
    """`text` with a slipped possessive apostrophe dropped: "the spinal circuits' active in
    bladder function" -> "the spinal circuits active in bladder function"; a possessive
    before a noun ("the patients' bladder function") stays."""
    return _STRAY_POSSESSIVE.sub(r"\1 \2 \3", text)


def kept_hedges(draft: Draft, found: KeyFinding) -> KeyFinding:
    """`found` with the null result its sentence leads with and any qualifier the paper
    puts on the same recovery ."""
    sentences = draft.facts.sentences
    if not found.sources or not 0 <= found.sources[0] < len(sentences):
        return found
    text = with_null_lead(sentences[found.sources[0]].text, without_stray_possessive(found.text))
    text, qualified = with_qualifier(text, [s.text for s in sentences])
    more = [] if qualified is None or qualified in found.sources else [qualified]
    sources = found.sources + more
    return found if text == found.text else KeyFinding(text=text, sources=sources)
