"""The simple explanation, built from the facts in a fixed order: the problem; who or what
was studied; what was done; what was found; what it means and how sure we can be.

Our own sentences carry the structure; a paper sentence appears only in a form that passed the
grammar guard. 120-220 words at a reading grade of 8 or below: the hardest reused sentences go
first when the text is too long or too hard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.summarize.facts.conclusion import only_caveat
from scrh.pipeline.summarize.plain import indefinite_article
from scrh.pipeline.summarize.shares import as_shares
from scrh.pipeline.summarize.writers.defined import first_uses
from scrh.pipeline.summarize.writers.designs import done_line, explained, sure_line
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.findings import key_findings, main_points
from scrh.pipeline.summarize.writers.grade import graded_certainty
from scrh.pipeline.summarize.writers.implications.kinds import question
from scrh.pipeline.summarize.writers.implications.meaning import meaning, risk_factors
from scrh.pipeline.summarize.writers.lab_methods import lab_methods_line
from scrh.pipeline.summarize.writers.levels import first_level, level_note
from scrh.pipeline.summarize.writers.limitations import how_sure
from scrh.pipeline.summarize.writers.lines import (
    aim_line,
    certainty_line,
    duration_line,
    group_lines,
    small_line,
    treatment_line,
    who_line,
)
from scrh.pipeline.summarize.writers.padding import (
    GRADED,
    background,
    case_care,
    described,
    grade_note,
    measured,
    methods,
    scale_notes,
    setting_lines,
)
from scrh.pipeline.summarize.writers.results import (
    CHANCES,
    chance_line,
    plain_result,
    ranked,
)
from scrh.pipeline.summarize.writers.study import REVIEWS, case_person, species
from scrh.pipeline.summarize.writers.subject import about_sci, topic, treatment
from scrh.pipeline.summarize.writers.topics import problem_line

MIN_WORDS, MAX_WORDS, MAX_GRADE = 120, 220, 8.0
LAB_NEXT_STEP = "Before this could become a treatment, it would have to be tested in people."
_ORDER = ("problem", "who", "done", "found", "means")


@dataclass
class _Line:
    part: str
    text: str
    keep: bool = False  # needed: dropped only when nothing else brings the grade down
    ours: bool = True  # built by our templates (a paper sentence when False)
    source: int = -1  # the paper sentence it tells, when it tells one
    defines: bool = False  # our plain definition of a term the line before uses


def simple_explanation(draft: Draft) -> str:
    """120-220 plain words at a reading grade of 8 or below."""
    lines = [
        *_problem(draft),
        *_who(draft),
        *_done(draft),
        *_found(draft),
        *_means(draft),
    ]
    lines = _unique(lines)
    lines = _trim(lines, draft)
    lines = _pad(lines, draft)
    lines = _define(lines, draft)
    return as_shares(_join(lines))  # "7 in 10 patients", not "70% of the patients"


def _unique(lines: list[_Line]) -> list[_Line]:
    """Each sentence once (a result can also be the authors' conclusion), and none of our own
    lines that says again what an earlier one said ("This advice ... is only as strong as the
    research behind it." after "Advice like this is only as strong as ...")."""
    seen: set[str] = set()
    out: list[_Line] = []
    for line in lines:
        words = _content_words(line.text)
        said = any(
            line.ours
            and not _GROUP_LINE.match(line.text)  # groups are told together or not at all
            and len(words) >= 4
            and len(words & _content_words(o.text)) >= 0.7 * len(words)
            for o in out
        )
        if line.text.lower() not in seen and not said:
            seen.add(line.text.lower())
            out.append(line)
    return out


_GROUP_LINE = re.compile(r"(?:One|Another|The other|A third) group\b")


def _problem(draft: Draft) -> list[_Line]:
    out = []
    line = "" if draft.animals or draft.cells else problem_line(draft)  # lines speak of people
    if line:
        out.append(_Line("problem", line, keep=True))
    elif not (draft.animals or draft.cells):
        out += _own_problem(draft)
    aim = aim_line(draft)
    person = case_person(draft) if draft.code == "case_report" else None
    if person and person[2] and person[1] in draft.facts.aim:
        aim = ""  # the line on who the case is about tells that sentence already
    if aim:
        out.append(_Line("problem", aim, keep=not line))
    about = about_line(draft)
    if about and not aim:
        out.append(_Line("problem", about, keep=True))
    return out


_OF_PEOPLE = re.compile(
    r"\b(?:people|individuals|persons|patients|adults|children|women|men|those) (?:with|who|"
    r"living)\b",
    re.I,
)


def _own_problem(draft: Draft) -> list[_Line]:
    """With no problem line of ours for the topic, the paper's own opening sentence on what
    people with the injury face ("Individuals with spinal cord injury are at risk for
    urinary tract infections and pressure injuries."), in plain form."""
    for sentence in draft.facts.sentences[:2]:
        if sentence.role != "background" or sentence.index in draft.facts.count.sources:
            continue
        if not _OF_PEOPLE.search(sentence.text):
            continue
        text = draft.plain(sentence.index, max_words=26, max_grade=12, max_rare=2)
        if text:
            return [_Line("problem", text, ours=False, source=sentence.index)]
    return []


def about_line(draft: Draft) -> str:
    """What the paper is about, from its title: "The study looked at bladder infections." and,
    for a trial, "It tested robot-assisted gait training." """
    subject = topic(draft) if about_sci(draft) else ""  # topics name what SCI brings
    kind = draft.facts.design.variant or draft.code
    who = _ABOUT_WHO.get(kind, "The review" if draft.code in REVIEWS else "The study")
    tool = _TOOL.search(draft.facts.title) if draft.code not in (*_TESTS, *REVIEWS) else None
    if subject and tool and tool.group(0).lower() not in subject:
        # "The study looked at a website for staying active.": what the people were shown
        thing = re.sub(r"\s+", " ", tool.group(0).lower()).replace("web site", "website")
        subject = f"{indefinite_article(thing)} {thing} for {subject}"
    lines = [f"{who} looked at {subject}."] if subject else []
    subject_told = bool(lines) and draft.acceptable(lines[0])  # one parse a line
    if not subject_told:
        lines = []  # the topic does not read as a whole sentence; what was tested still may
    tested = treatment(draft) if draft.code in _TESTS else ""
    if tested and draft.code in REVIEWS:
        lines = [f"The review looked at studies of {tested}."]
    elif tested and not treatment_line(draft):
        lines.append(f"It tested {tested}." if lines else f"{who} tested {tested}.")
    if lines and not subject_told and not draft.acceptable(lines[0]):
        return ""
    return " ".join(lines)


# a tool the people in a study used or gave their views on, named in the title
_TOOL = re.compile(
    r"\b(?:website|web\s+site|smartphone\s+app|mobile\s+app|app|online\s+program(?:me)?|"
    r"online\s+course|decision\s+aid|toolkit|video\s+game|wheelchair|exoskeleton)\b",
    re.I,
)
_ABOUT_WHO = {
    "commentary": "The commentary",
    "narrative_review": "The review",
    "guideline": "The guideline",
    "protocol": "The planned study",
}
_TESTS = (
    "rct",
    "non_randomized_trial",
    "case_series",
    "systematic_review",
    "systematic_review_meta_analysis",
)


def _who(draft: Draft) -> list[_Line]:
    line = who_line(draft)
    return [_Line("who", line, keep=True)] if line else []


def _done(draft: Draft) -> list[_Line]:
    out = []
    done = "" if draft.animals and who_line(draft) else done_line(draft)
    if draft.code == "non_randomized_trial" and " tested " in about_line(draft):
        done = ""  # "It tested X." already says a treatment was tested
    if done and not who_line(draft):
        who = " the animals" if draft.animals else " the people studied"
        done = re.sub(r" them\b", who, done)  # never inside "themes"
    if done:
        out.append(_Line("done", done, keep=True))
    treatment = treatment_line(draft)
    if treatment:
        out.append(_Line("done", treatment))
    used = lab_methods_line(draft)
    if used:
        out.append(_Line("done", used))
    out += [_Line("done", text, ours=False, source=i) for i, text in described(draft)]
    out += [_Line("done", text, ours=False, source=i) for i, text in case_care(draft)]
    out += [_Line("done", line) for line in group_lines(draft)]
    duration = duration_line(draft)
    if duration:
        out.append(_Line("done", duration, keep=True))
    return out


def _found(draft: Draft) -> list[_Line]:
    """What they found: the main results (a chance line after a single tested clause), else
    the plainest result with its hard words, else the paper's main points."""
    out = _results(draft) or _hardest_result(draft) or _points(draft)
    if out:
        found = draft.facts.results and draft.code != "narrative_review"  # a review's points
        lead = "Here is what they found." if found else "Here are the main points."
        out.insert(0, _Line("found", lead, keep=True))
    return out


def _results(draft: Draft) -> list[_Line]:
    out: list[_Line] = []
    for order, result in enumerate(ranked(draft.facts.results)):
        if len(out) >= 6:
            break
        # the main result may be harder to read than the rest; the rest must be plain
        text = plain_result(draft, result, max_words=30, max_grade=14.0)
        if not text and order == 0:
            text = plain_result(draft, result, max_words=32, max_grade=18.0)
        if not text and order == 0:  # the main result even with a few hard words
            text = plain_result(draft, result, max_words=32, max_grade=18.0, max_rare=4)
        if not text or any(line.text == text for line in out):
            continue
        source = result.sources[0] if result.sources else -1
        out.append(_Line("found", text, keep=not out, ours=False, source=source))
        if (
            result.significant is True
            # one clause: "this difference" must point to the result that was tested alone
            and not re.search(r"\.\s|,\s+(?:and|but|while|whereas)\s", text)
            and _COMPARES.search(text)
            and not _NEGATED.search(text)
            and "chance" not in text
        ):
            out.append(_Line("found", chance_line(text)))
    return out


def _hardest_result(draft: Draft) -> list[_Line]:
    """Never an explanation without a result: the plainest one, hard words and all."""
    for result in ranked(draft.facts.results)[:3]:
        text = plain_result(draft, result, max_words=40, max_grade=22.0, max_rare=6)
        if text:
            source = result.sources[0] if result.sources else -1
            return [_Line("found", text, keep=True, ours=False, source=source)]
    return []


def _points(draft: Draft) -> list[_Line]:
    """A paper without results: its main points (a narrative review's background is what it
    has to say; elsewhere one point at most)."""
    out: list[_Line] = []
    if draft.code == "narrative_review":  # its points, and what it covers, as the key findings
        # tell them: worked out on a draft of their own, so that this one's parse budget and
        # reused sentences stay as the key findings would find them
        for finding in key_findings(Draft(draft.facts, draft.evidence, names=draft.names)):
            if _COVERS.match(finding.text):  # "also" may point to a line the trim drops
                said = finding.text.replace("The review also ", "The review ", 1)
                parts = _short_lists(said)
                hardest = 20 if len(parts) > 1 else 16  # short lists of topics read easier
                for part in parts:
                    if draft.grade([part]) <= hardest and all(line.text != part for line in out):
                        source = finding.sources[0] if finding.sources else -1
                        out.append(_Line("found", part, keep=not out, ours=False, source=source))
                continue
            if finding.sources:
                text = draft.plain(finding.sources[0], max_words=30, max_grade=16)
            else:
                text = None
            if text and len(text.split()) <= 40 and all(line.text != text for line in out):
                source = finding.sources[0] if finding.sources else -1
                out.append(_Line("found", text, keep=not out, ours=False, source=source))
        if out:
            return out
    need = 4 if draft.code in ("narrative_review", *REVIEWS) else 1
    points = main_points(draft, set(draft.facts.aim), 4, need=need)
    for point in points:
        text = draft.plain(point.sources[0], max_words=30, max_grade=16)
        if text and all(line.text != text for line in out):
            out.append(_Line("found", text, keep=not out, ours=False, source=point.sources[0]))
    for point in points[:2] if not out else []:  # the first points, hard words and all
        text = draft.plain(point.sources[0], max_words=40, max_grade=22, max_rare=6)
        if text and all(line.text != text for line in out):
            out.append(_Line("found", text, keep=not out, ours=False, source=point.sources[0]))
    return out


_COVERS = re.compile(r"The review (?:also )?(?:covers|discusses|presents|describes)\b")
_LIST_ITEMS = 4  # topics per sentence: a long list reads as several short sentences


def _short_lists(line: str) -> list[str]:
    """ "The review covers A, B, C, D, E and F." as "The review covers A, B, C and D." and
    "The review also covers E and F.", so no sentence is a long list."""
    match = re.match(r"(?P<lead>The review covers) (?P<items>[^.;:]+)\.$", line)
    if not match or re.search(r"\b(?:including|such as|e\.g)\b|,\s+and\b", line):
        return [line]  # only a plain list of topics, as `topic_lines` writes it
    items = re.split(r",\s+|\s+and\s+(?=[^,]*$)", match.group("items"))
    if len(items) <= _LIST_ITEMS + 1:
        return [line]
    groups = [items[at : at + _LIST_ITEMS] for at in range(0, len(items), _LIST_ITEMS)]
    if len(groups[-1]) == 1:  # never one topic alone: it joins the group before
        groups[-2:] = [groups[-2] + groups[-1]]
    out = []
    for number, group in enumerate(groups):
        listed = ", ".join(group[:-1]) + " and " + group[-1]
        lead = "The review also covers" if number else "The review covers"
        out.append(f"{lead} {listed}.")
    return out


_NEGATED = re.compile(r"\b(not|no|nor|neither|never|without|failed|unclear)\b", re.I)
_COMPARES = re.compile(
    r"\b(difference|differ\w*|higher|lower|more|less|fewer|greater|improv\w*|reduc\w*|"
    r"increas\w*|decreas\w*|compared|better|worse)\b",
    re.I,
)


def _means(draft: Draft) -> list[_Line]:
    facts = draft.facts
    out: list[_Line] = []
    conclusion = facts.conclusion
    graded = graded_certainty(facts)
    if conclusion:
        for index in conclusion.sources[:2]:
            text = draft.plain(
                index, max_words=28, max_grade=10, max_rare=_caveat_rare(draft, index)
            )
            text = _without_quality(draft, text)
            if text and not any(text == line.text for line in out):
                out.append(_Line("means", text, keep=not out, ours=False, source=index))
    for line in graded:
        out.append(_Line("means", line, keep=True))
    readers = _for_readers(draft)
    out += readers
    hedge = "" if graded else certainty_line(draft)  # one line on how sure, not two
    if hedge:
        out.append(_Line("means", hedge, keep=True))
    named = who_line(draft) + " ".join(line.text for line in readers)
    if draft.animals and species(draft) not in named:  # "done in mice" says it already
        out.append(_Line("means", f"This was in {species(draft)}, not people.", keep=True))
    if (draft.animals or draft.cells) and not readers:  # the readers' line says it already
        out.append(_Line("means", LAB_NEXT_STEP, keep=True))
    if sure_line(draft):
        out.append(_Line("means", sure_line(draft), keep=True))
    small = small_line(draft)
    if small:
        out.append(_Line("means", small, keep=True))
    return out


def _caveat_rare(draft: Draft, index: int) -> int | None:
    """No hard words in a sentence that only states a limit: in the authors' terms
    ("precludes causal inference") it tells a reader nothing our design lines do not."""
    return 0 if only_caveat(draft.facts.sentences[index].text) else None


def _without_quality(draft: Draft, text: str | None) -> str | None:
    """`text` without its sentences that only say how good the evidence is, when our graded
    line says that already ("The evidence is of low quality.")."""
    if not text or not graded_certainty(draft.facts):
        return text
    text = re.sub(
        r",\s+(?:but|although|though)\s+(?:the\s+)?(?:evidence|certainty)\b[^.]*", "", text
    )
    kept = [part for part in re.split(r"(?<=\.)\s+", text) if not _ONLY_QUALITY.match(part)]
    return " ".join(kept) or None


_ONLY_QUALITY = re.compile(
    r"^(?:the |this |overall |but )*(?:evidence|certainty|quality)\b[^.]{0,60}\.$", re.I
)


def _for_readers(draft: Draft) -> list[_Line]:
    """What the study could mean for a reader, as the first practical implication says it
    ("Silencing these neurons was tried only in rats, so this is not a treatment people can get
    yet."), unless it only tells the result again."""
    if question(draft) in ("helped", "no_difference", "tested"):
        return []  # for a treatment the item tells the result again
    item = meaning(draft)
    if item is None:
        return []
    text = item.text.strip()
    factors = risk_factors(draft) if " linked " in text else ""
    if factors and factors in text:  # the results tell the factors: only what they could mean
        text = text.split("; ", 1)[-1]
    results = draft.facts.results
    plain = (draft.plain(r.sources[0], max_words=40, max_grade=22.0, max_rare=6) for r in results)
    told = _content_words(
        " ".join([*(draft.facts.text(r.sources) for r in results), *(p for p in plain if p)])
    )
    words = _content_words(text)
    if not words or len(words & told) > len(words) / 2:
        return []  # it tells a result again, in the paper's words or the plain ones
    return [_Line("means", text[:1].upper() + text[1:])]


def _same_span(line: str, told: str) -> bool:
    """`line` gives a length of time the text gives already ("followed for 10 years")."""
    spans = re.findall(r"\b\d[\d,.]*[\s-]+(?:days?|weeks?|months?|years?)\b", line)
    return any(span in told for span in spans)


def _said(line: _Line, lines: list[_Line]) -> bool:
    """Most of `line`'s words are in one line already there: it would say it again."""
    words = _content_words(line.text)
    return len(words) >= 4 and any(
        len(words & _content_words(other.text)) >= 0.7 * len(words) for other in lines
    )


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)} - _COMMON


_COMMON = frozenset({"this", "that", "with", "from", "have", "were", "they", "their", "people"})


def _join(lines: list[_Line]) -> str:
    order = {part: n for n, part in enumerate(_ORDER)}
    ordered = sorted(enumerate(lines), key=lambda p: (order[p[1].part], p[0]))
    return " ".join(line.text for _, line in ordered)


def _trim(lines: list[_Line], draft: Draft) -> list[_Line]:
    """Drop the hardest droppable lines while the text is too long or too hard."""
    lines = list(lines)
    while True:
        text = _join(lines)
        words = len(text.split())
        too_hard = draft.grade([line.text for line in lines]) > MAX_GRADE
        if not (words > MAX_WORDS or too_hard):
            return lines
        results = [line for line in lines if line.part == "found" and not line.ours]
        droppable = (
            [line for line in lines if not line.keep]
            or [line for line in lines if not line.ours and line.part == "problem"]
            # the last result stays: an explanation that finds nothing is worse than a hard one
            or [line for line in lines if not line.ours and results[-1:] != [line]]
        )
        if not droppable:
            return lines
        hardest = max(droppable, key=lambda line: (draft.grade([line.text]), len(line.text)))
        lines = _drop(lines, hardest)


def _drop(lines: list[_Line], line: _Line) -> list[_Line]:
    """Remove a line and the chance sentence that explains it."""
    at = lines.index(line)
    out = lines[:at] + lines[at + 1 :]
    if at < len(out) and out[at].text in CHANCES:
        del out[at]
    if not any(other.part == "found" and not other.ours for other in out):
        out = [other for other in out if other.part != "found"]
    return out


def _define(lines: list[_Line], draft: Draft) -> list[_Line]:
    """Each hard term told in plain words right after the line that first uses it (up to
    four), how to read a scale's grades after the first grade and a level of the spine
    ("T6") after the first level, while the text stays within its length and reading
    grade."""
    texts = ["" if line.defines else line.text for line in lines]
    told = _join(lines)
    uses = first_uses(texts, told=told)
    level = first_level(" ".join(texts))
    notes = [(GRADED, grade_note(draft))]
    if level:
        notes.append((re.compile(rf"\b{level}\b"), level_note(level)))
    for pattern, note in notes:
        at = next((at for at, text in enumerate(texts) if pattern.search(text)), None)
        if note and at is not None and note not in told:
            uses = sorted([*uses, (at, note)], key=lambda use: use[0])
    for at, text in reversed(uses):
        definition = _Line(lines[at].part, text, defines=True)
        place = at + 1
        while place < len(lines) and lines[place].text in CHANCES:
            place += 1  # "This difference was too big to be chance." stays with its result
        trial = [*lines[:place], definition, *lines[place:]]
        before = draft.grade([line.text for line in lines])
        after = draft.grade([line.text for line in trial])
        if after <= max(MAX_GRADE, before) and len(_join(trial).split()) <= MAX_WORDS:
            lines = trial
    return lines


def _more_results(draft: Draft) -> list[tuple[int, str]]:
    """Results, conclusions and the authors' own caveats not yet told, plainest first:
    (sentence index, plain text)."""
    out: dict[int, str] = {}
    facts = draft.facts
    conclusion = facts.conclusion.sources if facts.conclusion else ()
    stated = [limit.sources[0] for limit in facts.stated_limitations[:2] if limit.sources]
    results = [r.sources[0] for r in ranked(facts.results) if r.sources]
    for max_words, max_grade in ((24, 10.0), (30, 16.0), (34, 22.0)):
        for index in [*results, *conclusion[:3], *stated]:
            if index in out:
                continue
            rare = _caveat_rare(draft, index) if index not in results else None
            text = _without_quality(
                draft, draft.plain(index, max_words=max_words, max_grade=max_grade, max_rare=rare)
            )
            if text and text not in out.values():
                out[index] = text
    return list(out.items())


def _sources(lines: list[_Line]) -> set[int]:
    return {line.source for line in lines if line.source >= 0}


def _pad(lines: list[_Line], draft: Draft) -> list[_Line]:
    """Up to 120 words: more of the paper's results and conclusions (their hard terms told in
    plain words), what it did, where and what was measured, how to read its scales, its own
    background, then how this kind of study works. A short text is better than stock lines
    that would fit any paper."""
    lines = list(lines)
    defined: list[_Line] | None = None  # the lines last given their definitions
    # twice: easy lines added on the first pass leave room for a harder result on the second,
    # and the terms of the paper's sentences added on the first get their definitions
    for _ in range(2):
        for extra in _extras(lines, draft):
            # the results first, then their terms (once per change of the lines)
            if (extra.ours or extra.part != "found") and lines is not defined:
                lines = defined = _define(lines, draft)
            text = _join(lines)
            grade = draft.grade([line.text for line in lines])
            if len(text.split()) >= MIN_WORDS and grade <= MAX_GRADE:
                return lines
            if extra.text in text or (extra.source >= 0 and extra.source in _sources(lines)):
                continue
            if extra.ours and _said(extra, lines):
                continue
            trial = [*lines, extra]
            before = draft.grade([line.text for line in lines])
            after = draft.grade([line.text for line in trial])
            if after <= max(MAX_GRADE, before) and len(_join(trial).split()) <= MAX_WORDS:
                lines = trial
    return lines


def _extras(lines: list[_Line], draft: Draft) -> list[_Line]:
    """The lines that may bring the text up to length, in the order they are tried."""
    lab = draft.animals or draft.cells
    told = _join(lines)
    return [
        *(_Line("found", text, ours=False, source=i) for i, text in _more_results(draft)),
        *(_Line("done", text, ours=False, source=i) for i, text in methods(draft)),
        *(_Line("who", line) for line in setting_lines(draft)),
        *(_Line("done", line) for line in measured(draft)),
        *(_Line("found", note) for note in scale_notes(draft)),
        # how far the result can be trusted, in the design's own limits
        *(
            _Line("means", line)
            for line in how_sure(draft, design=not sure_line(draft))
            if not _same_span(line, told)
        ),
        *(_Line("problem", b) for b in background(draft)),
        # how this kind of study works: one line for lab work, whose limits are told already
        *(_Line("means", line) for line in explained(draft)[: 1 if lab else None]),
    ]
