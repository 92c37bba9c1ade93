"""Key findings: the paper's main results, primary first, null results kept, then the
authors' conclusion; 2-5 items of at most 35 words where the paper allows, each citing its
sentences. Background, aims, methods and calls for more research are never findings (see
`finding_kinds`). Narrative reviews give their main points, else what they cover; case
reports what happened and the lesson."""

from __future__ import annotations

import re
from collections.abc import Callable

from scrh.pipeline.summarize.facts.findings import bracket_figures
from scrh.pipeline.summarize.facts.model import ResultFact, StudyFacts
from scrh.pipeline.summarize.model import KeyFinding
from scrh.pipeline.summarize.plain import expand_abbreviations, indefinite_article
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.finding_hedges import kept_hedges
from scrh.pipeline.summarize.writers.finding_kinds import (
    Kind,
    as_built,
    gives_advice,
    is_speculation,
    is_tool,
    kinds,
    restates,
    stated_finding,
    tells_burden,
    told_share,
    without_promise,
)
from scrh.pipeline.summarize.writers.finding_steps import tool_findings, with_outcomes
from scrh.pipeline.summarize.writers.grammar import has_clear_verb
from scrh.pipeline.summarize.writers.own_limits import states_limit
from scrh.pipeline.summarize.writers.results import plain_result, ranked

MAX_WORDS = 35
LONG_WORDS = 45  # only when no shorter whole form of a main result exists
LONGEST_WORDS = 60  # a main result left whole rather than lost or cut mid-clause
CONCLUSION_ITEMS = 2  # after two results: the conclusion's main point and one more at most
WANTED = 3  # with fewer stated results, the paper's other points up to three findings
_LISTS_CONTENT = re.compile(r"\b(including|such as|namely)\b|:|,[^,]+,", re.I)
# a review names its points as it covers them; reviews without a sample
REVIEW_POINTS = frozenset({"narrative_review", "other", "guideline", "commentary"})


def is_review(draft: Draft) -> bool:
    """A paper that states points rather than results: a review without a sample of its own,
    or a paper that studied no one."""
    return draft.code in REVIEW_POINTS or draft.facts.population.kind == "none"


def sentence_kinds(draft: Draft) -> dict[int, Kind]:
    """What each sentence of the paper is (finding, background, aim, ...), read once per
    summary."""
    return draft.remember("kinds", lambda: kinds(draft.facts.sentences, review=is_review(draft)))


def key_findings(draft: Draft, limit: int = 5) -> list[KeyFinding]:
    """2-5 findings, each pointing at its source sentences: ranked results that are
    findings, then the conclusion's main point unless it says a listed result again, then
    the paper's other points. Claims of promise are never findings while results exist (one
    may close the list as what the authors suggest); what was built is a finding only when
    the paper reports nothing else; a review's scope is never one."""
    facts = draft.facts
    kind = sentence_kinds(draft)
    aside = set_aside(draft)
    out: list[KeyFinding] = []
    used: set[int] = set()

    def add(index: int, text: str | None, sources: list[int], again: bool = False) -> None:
        """`again`: a second line from the same sentence (a long list of topics)."""
        fresh = index not in used or again
        if text and fresh and index not in aside and not any(f.text == text for f in out):
            out.append(KeyFinding(text=text, sources=sources))
            used.add(index)

    results = _ranked(facts.results, facts)
    cap = limit - 1 if facts.conclusion else limit  # a place kept for the conclusion
    case = draft.code == "case_report"
    steps: list[ResultFact | int] = list(results)
    done: list[int] = []
    if case:  # what was done and what happened, in the order it happened
        done = [i for i in _case_steps(draft, kind) if i not in {_first(r) for r in results}]
        steps = _case_order(results, done, cap)
    for step in steps:
        index = _first(step) if isinstance(step, ResultFact) else step
        if len(out) >= cap or (kind.get(index) != "finding" and index not in done):
            continue
        sources = list(step.sources) if isinstance(step, ResultFact) else [index]
        add(index, _short(draft, index, step), sources)
    results_told = [facts.text(tuple(f.sources)) for f in out]  # what a conclusion may say again
    if facts.conclusion:
        room = min(limit, len(out) + CONCLUSION_ITEMS) if len(out) >= 2 else limit
        # a conclusion sentence half told by the listed results comes after the others
        new = sorted(
            facts.conclusion.sources,
            key=lambda i: told_share(facts.sentences[i].text, results_told) >= NEW_SHARE,
        )
        for index in new:
            if len(out) < room and kind.get(index) == "finding":
                if results_told and restates(facts.sentences[index].text, results_told):
                    continue  # the conclusion says a listed result again
                add(index, _short(draft, index), [index])
    if draft.code == "case_report" and len(out) < limit:  # the lesson closes a case report
        last = [
            s.index
            for s in facts.sentences
            if kind.get(s.index) == "finding" and s.index not in aside
        ][-1:]
        for index in last:
            add(index, _short(draft, index), [index])
    wanted = limit if draft.code == "narrative_review" else WANTED  # a review's points
    if len(out) < wanted:
        points = _points(draft, used | set(aside), kind, wanted - len(out), results_told)
        for found in points:
            add(found.sources[0], found.text, found.sources)
    if draft.code == "narrative_review" and len(out) < WANTED:
        # a review stating fewer than three points of its own: what it covers is its main
        # content (a place kept for the suggestion); its general statements come first only
        # when it names no list of topics
        lines = _scope(draft, used | set(aside), kind, limit - 1 - len(out), told=True)
        if len(out) < 2 and not any(topic_lines(draft, f.sources[0]) for f in lines):
            for found in _fallback(draft, used | set(aside), kind, 2 - len(out), scope=False):
                add(found.sources[0], found.text, found.sources, again=True)
        lines.sort(key=lambda f: not _LISTS_CONTENT.search(f.text))  # those naming content
        for found in lines[: max(0, limit - 1 - len(out))]:
            add(found.sources[0], found.text, found.sources, again=True)
    if not out:  # nothing found but what was built: told as built
        for index in tool_findings(draft, aside)[:limit]:
            text = _short(draft, index)
            if text:
                out.append(KeyFinding(text=as_built(text), sources=[index]))
                used.add(index)
    if len(out) < 2:
        for found in _fallback(draft, used | set(aside), kind, 2 - len(out)):
            add(found.sources[0], found.text, found.sources, again=True)
    if case or draft.code == "narrative_review":  # in the order the paper tells them
        out.sort(key=lambda f: f.sources[0] if f.sources else -1)
    if case:
        out = with_outcomes(out, set(done))
    out = out[:limit]
    out = [kept_hedges(draft, f) for f in out]
    suggested = _suggestion(draft, aside, used)
    if suggested and (len(out) < SUGGESTION_BELOW or len(out) < 2):
        out.append(suggested)
    return out[:limit]


NEW_SHARE = 0.5  # a conclusion sharing this much with the listed results goes last
SUGGESTION_BELOW = 4  # the authors' suggestion closes a list of at most three findings


def set_aside(draft: Draft) -> dict[int, str]:
    """The sentences that are never findings while the paper reports results: claims of
    promise ("speculation"), what was built ("tool"), the study's own limits ("limit") and,
    outside reviews, whose advice is their point, advice to readers ("advice"); read once
    per summary."""

    def read() -> dict[int, str]:
        out: dict[int, str] = {}
        advice = not is_review(draft)
        for sentence in draft.facts.sentences:
            if is_speculation(sentence):
                out[sentence.index] = "speculation"
            elif is_tool(sentence.text):
                out[sentence.index] = "tool"
            elif states_limit(sentence.text):
                out[sentence.index] = "limit"
            elif advice and gives_advice(sentence.text):
                out[sentence.index] = "advice"
        return out

    return draft.remember("set_aside", read)


def _suggestion(draft: Draft, aside: dict[int, str], used: set[int]) -> KeyFinding | None:
    """One claim of promise told as the authors' own ("The authors suggest that ..."): the
    conclusion's first, else the abstract's last."""
    facts = draft.facts
    kind = sentence_kinds(draft)
    claims = [
        i
        for i, why in aside.items()
        if why == "speculation" and i not in used and kind.get(i) in ("finding", "future")
    ]
    if not claims:
        return None
    concluded = [i for i in (facts.conclusion.sources if facts.conclusion else ()) if i in claims]
    index = concluded[0] if concluded else max(claims)
    text = _short(draft, index)
    if not text or facts.sentences[index].role in ("background", "objective", "methods"):
        return None
    if _ABOUT_ITSELF.match(text):  # "Study results might help" names nothing of its own
        return None
    return KeyFinding(text=as_suggestion(text), sources=[index])


# a claim whose subject is the study itself: "Study results might help to improve ..."
_ABOUT_ITSELF = re.compile(
    r"^(?:the |these |our |their |this |such )?(?:study |present |current )?(?:results?|"
    r"findings?|data|study|work|research|observations?)\s+(?:may|might|could|can|will|would)\b",
    re.I,
)


# "Given these findings, ...", "These results suggest that ...": the lead of a claim
_SUGGEST_LEAD = re.compile(
    r"^(?:(?:given|based on|in light of) (?:these|our|the|their) (?:findings|results|data),?\s+|"
    r"(?:taken together|together|overall|in conclusion|in summary|thus|therefore|hence|"
    r"collectively|consequently),?\s+)?(?:(?:these|our|the|their|this|such|the present) "
    r"(?:\w+ )?(?:results|findings|data|observations|study|work|analysis|analyses)\s+(?:also\s+)?"
    r"(?:suggests?|indicates?|impl(?:y|ies)|supports? the (?:idea|notion|hypothesis)|"
    r"raises? the possibility)\s+(?:that\s+)?)?",
    re.I,
)
# "The authors hypothesize that ...", "The authors expect that ...": told as theirs already
_AUTHORS_SAY = re.compile(r"^the (?:authors|researchers) (?:also )?[a-z]+ that\b", re.I)
_AUTHORS_FOUND = re.compile(
    r"^(?:in this (?:study|work),?\s+)?the (?:authors|researchers) (?:also )?(?:show|find|"
    r"found|demonstrate|report|reveal)s? that\s+",
    re.I,
)


def as_suggestion(text: str) -> str:
    """A claim of promise told as the authors': "X may represent a novel approach." -> "The
    authors suggest that X may represent a novel approach." A sentence already told as the
    authors' ("The authors hypothesize that ...") stays as it is; "The authors show that"
    gives way to "The authors suggest that"."""
    body = _AUTHORS_FOUND.sub("", text, count=1)  # "The authors show that" is no suggestion
    if _AUTHORS_SAY.match(body):
        return body
    body = _SUGGEST_LEAD.sub("", body, count=1) or text
    words = body.split()
    name = len(words) > 1 and (words[1][:1].isupper() or words[0][1:2].isupper())
    if words and not name and words[0] != "I":
        body = body[:1].lower() + body[1:]
    return "The authors suggest that " + body


def _first(result: ResultFact) -> int:
    return result.sources[0] if result.sources else -1


# what was done for the person in a case: "was administered", "underwent", "was treated with"
_DONE = re.compile(
    r"\b((was|were) ([\w-]+ )?(administered|given|performed|treated|started|implanted|placed|"
    r"prescribed|initiated|inserted|removed|revised|replaced|applied|operated|managed|"
    r"injected|switched|discontinued|stopped|tapered|used)|underwent|received|we (gave|"
    r"administered|performed|treated|implanted|used))\b",
    re.I,
)


def _case_steps(draft: Draft, kind: dict[int, Kind]) -> list[int]:
    """A case report's sentences telling what was done for the person (the treatment, the
    anaesthetic, the operation), told as methods but part of what happened; never the
    opening background and never a literature search."""
    return [
        s.index
        for s in draft.facts.sentences
        if kind.get(s.index) == "method"
        and s.role not in ("background", "other", "objective")
        and _DONE.search(s.text)
        and not re.search(r"\b(searched|databases?|literature|reviewed)\b", s.text, re.I)
    ]


def _case_order(results: list[ResultFact], done: list[int], cap: int) -> list[ResultFact | int]:
    """Results and what was done in paper order; over `cap`, the first thing done and the
    last result (the outcome) are kept."""
    steps: list[ResultFact | int] = sorted([*results, *done], key=_position)
    if len(steps) <= cap:
        return steps
    keep: list[ResultFact | int] = [*done[:1], *results[-1:]]
    for step in steps:
        if len(keep) >= cap:
            break
        if step not in keep:
            keep.append(step)
    return sorted(keep, key=_position)


def _position(step: ResultFact | int) -> int:
    return _first(step) if isinstance(step, ResultFact) else step


# a sentence cut from the clause it belongs to: ". Whose expression ...", ". Which ..."
_CUT_RELATIVE = re.compile(r"(?:^|[.!?]\s+)(?:Whose|Which|Who|Whom|Where|Whereby)\b")


def _whole(text: str | None) -> str | None:
    """`text` unless one of its sentences is a relative clause cut off from its noun."""
    return None if text is None or _CUT_RELATIVE.search(text) else text


def _ranked(results: tuple[ResultFact, ...], facts: StudyFacts) -> list[ResultFact]:
    """Main results first: the primary result, then in paper order the results with a
    direction or a test and those the authors tell as their finding ("we demonstrate that"),
    then the rest (`results.ranked`)."""
    order = ranked(results)
    first = [r for r in order if r.primary]

    def told(result: ResultFact) -> bool:
        return bool(result.sources) and stated_finding(facts.text(result.sources[:1]))

    main = sorted(
        (
            r
            for r in order
            if not r.primary and (r.significant is not None or r.direction != "unknown" or told(r))
        ),
        key=lambda r: r.sources[0] if r.sources else -1,
    )
    ordered = first + main + [r for r in order if r not in first and r not in main]
    leaning = [r for r in ordered if r.sources and _LEANS_BACK.search(facts.text(r.sources[:1]))]
    return [r for r in ordered if r not in leaning] + leaning


# "This is achieved with ...": a result told through the sentence before it, read last
_LEANS_BACK = re.compile(
    r"^(this|these|those|it|they|such)\s+(is|are|was|were|has|have|had|can|could|may)\b", re.I
)


def _short(draft: Draft, index: int, result: object = None) -> str | None:
    """The sentence in plain words within 35 words (its main clause when the whole is
    longer); a longer technical form only when no short one reads whole."""
    forms: list[Callable[[], str | None]] = [
        lambda: draft.plain(index, max_words=MAX_WORDS, max_grade=22.0, strict=False),
        lambda: draft.loose_technical(index, max_words=MAX_WORDS),
    ]
    if isinstance(result, ResultFact):
        forms.append(
            lambda: plain_result(draft, result, max_words=MAX_WORDS, max_grade=22.0, strict=False)
        )
    forms += [
        lambda: draft.loose_technical(index, max_words=LONG_WORDS),
        lambda: draft.plain(index, max_words=LONG_WORDS, max_grade=30.0, strict=False),
    ]
    if isinstance(result, ResultFact):
        forms.append(lambda: draft.loose_technical(index, LONGEST_WORDS, max_grade=30.0))
    source = draft.facts.sentences[index].text if 0 <= index < len(draft.facts.sentences) else ""
    found: list[str] = []
    for form in forms:
        text = _whole(form())
        text = without_promise(text) if text else text
        if text and not is_fragment(text):
            text = _LEADING_LINK.sub("", text)
            found.append(text[:1].upper() + text[1:])
            if not drops_contrast(source, found[-1]):
                break
    if not found:
        return None
    # a cut that drops a contrast carrying a result (", but abolished recovery") gives way
    # to the longest form that keeps it
    whole = [t for t in found if not drops_contrast(source, t)]
    return with_figures(draft, index, trimmed(whole[0] if whole else found[0]))


# ", but abolished recovery", ", whereas pain did not change": a clause of its own result
_CONTRAST = re.compile(
    r"^\s*[,;]?\s*(?:but|whereas|while|yet|however|although|though|in contrast)\b,?"
    r"(?P<part>[^.;]{3,})",
    re.I,
)
_RESULT_WORD = re.compile(
    r"\b(abolish|reduc|increas|decreas|improv|restor|impair|prevent|block|lower|higher|more|"
    r"less|worse|better|not|no|did|were|was|had|predict|associat|differ|remain|chang|rose|"
    r"fell|lost|gain)\w*",
    re.I,
)


def drops_contrast(source: str, text: str) -> bool:
    """`text`, a short form of the sentence `source`, stops where `source` goes on with a
    contrast that carries a result of its own: "Removing the cells left walking unchanged"
    out of "Removing the cells left walking unchanged, but abolished recovery"."""
    words = re.findall(r"[\w'-]+", text)[-3:]
    if len(words) < 3:
        return False
    end = re.search(r"\W+".join(map(re.escape, words)), source, re.I)
    if end is None:
        return False
    rest = _CONTRAST.match(source[end.end() :])
    return bool(rest and _RESULT_WORD.search(rest.group("part")))


# "Specifically, ...", "In addition, ...": a link to the sentence before, empty in a list
_LEADING_LINK = re.compile(
    r"^(?:specifically|in particular|in addition|additionally|furthermore|moreover|"
    r"importantly|notably|interestingly|further|also|finally|likewise|similarly),\s+",
    re.I,
)


# a verb that can stand as a sentence's own verb; a participle after its noun ("Factors
# associated with mood") or a bare noun phrase ("Issues related to housing") is no sentence
_FINITE = re.compile(
    r"\b(is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|may|might|will|"
    r"would|should|must|shall|fell|rose|grew|led|took|made|got|gave|saw|felt|kept|lost|went|"
    r"came|began|became|held|met|left|won|brought|thought|told|said|knew|chose|ran|drove|"
    r"found|showed|shown|seen|done|given|taken|known|grown|fallen|risen|remain|remains|"
    r"occur|occurs|differ|differs|help|helps|need|needs|seem|seems|appear|appears)\b",
    re.I,
)
_PARTICIPLE = re.compile(
    r"\b(associated|related|linked|based|derived|caused|induced|used|involved|due|regarding|"
    r"concerning|according|compared|ranging|including|following|leading|resulting)\b",
    re.I,
)
_VERB_WORD = re.compile(r"\b([a-z]{3,}(ed|s))\b")


def is_fragment(text: str) -> bool:
    """A heading-like line with no verb of its own: "Factors associated with mood and
    coping.", "Issues related to the person's living situation." A sentence with an auxiliary
    or a past or present verb that is not one of the participles such lines use is whole."""
    if _FINITE.search(text):
        return False
    words = _PARTICIPLE.sub("~", text[:1].lower() + text[1:])
    verbs = [
        m.group(1)
        for m in _VERB_WORD.finditer(words)
        if not m.group(1).endswith(("ss", "us", "is", "ous", "ics", "ness", "sis"))
        and not (m.group(2) == "s" and words[m.end() : m.end() + 2] == " ~")
    ]
    # a plural noun ends in "s" as a verb does: a verb needs a word before it (its subject)
    first = words.split()[0] if words.split() else ""
    return not any(v for v in verbs if v != first.lower().strip(",.;:"))


def with_figures(draft: Draft, index: int, text: str) -> str:
    """`text` with the key figures its sentence gives only inside a closing bracket, told as
    words: "... orthoses: a 38% reduction of circumduction and a 25% increase of step length."
    or "... a reduction in infections of 0.47 events per person." Only whole phrases, never
    p-values or intervals, and only when the text does not give the numbers already."""
    if not 0 <= index < len(draft.facts.sentences):
        return text
    figures = bracket_figures(draft.facts.sentences[index].text)
    if figures is None:
        return text
    abbreviations = draft.facts.abbreviations
    if figures.changes and not any(c.split()[0] in text for c in figures.changes):
        phrases = [_with_article(expand_abbreviations(c, abbreviations)) for c in figures.changes]
        added = sum(len(p.split()) for p in phrases)
        if len(text.split()) + added > MAX_WORDS:  # room for the numbers: the tail goes
            text = trimmed(text, MAX_WORDS - added)
        listed = (
            phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
        )
        return f"{text.rstrip('. ')}: {listed}."
    last = " ".join(figures.before.split()[-6:])
    if figures.rate and figures.rate.split()[0] not in text and _CHANGED.search(last):
        rate = expand_abbreviations(figures.rate, abbreviations)
        return f"{text.rstrip('. ')} of {rate}."
    return text


_CHANGED = re.compile(
    r"\b(reduction|increase|decrease|drop|rise|gain|loss|decline|difference|improvement|"
    r"change)\b",
    re.I,
)


def _with_article(phrase: str) -> str:
    """ "38% reduction of X" as "a 38% reduction of X"; "8% increase" as "an 8% increase"."""
    return f"{indefinite_article(phrase)} {phrase}"


# a trailing phrase that adds detail to a whole clause before it (never a contrast: ", while
# X did not change" carries a result of its own)
_TAIL = re.compile(
    r",\s+(?:leading|resulting|providing|suggesting|indicating|emphasi[sz]ing|highlighting|"
    r"demonstrating|showing|posing|offering|which|with|as well as|thereby|consequently)\b"
)


def trimmed(text: str, limit: int = MAX_WORDS) -> str:
    """A finding over `limit` (35) words without its trailing phrases (", leading to ...",
    ", which ...", ", while ..."), cut at the latest point that leaves a whole clause within
    the limit; the text as it is when no such cut exists."""
    if len(text.split()) <= limit:
        return text
    for match in reversed(list(_TAIL.finditer(text))):
        head = text[: match.start()].rstrip(" ,;") + "."
        if 8 <= len(head.split()) <= limit and has_clear_verb(head):
            return head
    return text


def _points(
    draft: Draft, used: set[int], kind: dict[int, Kind], room: int, told: list[str]
) -> list[KeyFinding]:
    """For papers without enough stated results (narrative reviews, case reports, short
    abstracts): the sentences that state a point of this paper, results and conclusion
    sections first; a conclusion that says a listed result again is left out. A review's
    aim, scope and list of topics are never among them (`_scope`, the last resort)."""
    facts = draft.facts
    points = [s for s in facts.sentences if s.index not in used and kind.get(s.index) == "finding"]
    # the authors' closing statement ("These observations suggest that ...") before the
    # other points when no conclusion section names it
    closing_lead = facts.conclusion is None
    points.sort(
        key=lambda s: (
            not (closing_lead and _CONCLUDES.match(s.text)),
            s.role not in ("results", "conclusion"),
            s.index,
        )
    )
    concluded = set(facts.conclusion.sources) if facts.conclusion else set()
    out: list[KeyFinding] = []
    for sentence in points:
        if len(out) >= room:
            break
        closing = sentence.role == "conclusion" or sentence.index in concluded
        if closing and told and restates(sentence.text, told):
            continue
        text = _short(draft, sentence.index)
        if text and (not is_fragment(text) or has_clear_verb(text)):
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    return sorted(out, key=lambda f: f.sources[0])


# a closing statement of the authors: "These preliminary observations suggest that ...",
# "Taken together, our results indicate ...", "We conclude that ..."
_CONCLUDES = re.compile(
    r"^(?:(?:taken together|together|overall|in conclusion|in summary|thus|therefore),?\s+)?"
    r"(?:(?:these|our|the|this|such) (?:[\w-]+ )?(?:observations|findings|results|data|study|"
    r"work)\s+(?:suggest|indicate|show|demonstrate|support)|(?:we|the authors) conclude)",
    re.I,
)


def _scope(
    draft: Draft, used: set[int], kind: dict[int, Kind], need: int, told: bool = False
) -> list[KeyFinding]:
    """What a paper covers: its list of topics ("The review covers A, B and C.") or its
    scope told as the review's ("The review discusses management strategies, including
    stretch."). `told`: only lines told as the review's (a narrative review's content beside
    its stated points), never a sentence left in the authors' words."""
    facts = draft.facts
    out: list[KeyFinding] = []
    covers = [
        s
        for s in facts.sentences
        if s.index not in used
        and kind.get(s.index) == "coverage"
        and (_LISTS_CONTENT.search(s.text) or draft.code == "narrative_review")
    ]
    if is_review(draft):  # a review's aim to present a topic and its list of topics
        for sentence in facts.sentences:
            if sentence.index in used or kind.get(sentence.index) not in ("aim", "coverage"):
                continue
            topics = topic_lines(draft, sentence.index)
            if topics:
                out += [KeyFinding(text=line, sources=[sentence.index]) for line in topics]
                covers = [s for s in covers if s.index != sentence.index]
            elif (
                _REVIEW_AIM.match(sentence.text) or _THIS_PAPER.match(sentence.text)
            ) and sentence not in covers:
                covers.append(sentence)
    # the lines that name the content ("including stretch, drugs and surgery") first
    for sentence in sorted(covers, key=lambda s: (not _LISTS_CONTENT.search(s.text), s.index)):
        if len(out) >= need:
            break
        text = _short(draft, sentence.index)
        if text and (has_clear_verb(text) or not is_fragment(text)):  # never a heading
            text = as_coverage(text)
            if text.lower().startswith(("the objective", "the aim", "the purpose", "the goal")):
                continue  # an aim the review did not turn into what it covers
            if told and not text.startswith("The review "):
                continue
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    return sorted(out[:need], key=lambda f: f.sources[0])


# a list of what a review covers: "... into the following sections: A; B; C", "topics: A, B"
_TOPIC_LIST = re.compile(
    r"\b(sections?|topics?|areas?|themes?|domains?|aspects?|issues|parts|chapters?|"
    r"following|these)\b[^:]{0,40}:\s*(?P<items>.+)$",
    re.I,
)
_CLOSING_ITEM = re.compile(
    r"^(?:and\s+)?(?:it\s+)?(?:concludes|ends|closes|finishes)\s+with\s+(?:a|an|the)?\s*"
    r"(?:brief|short|final)?\s*(?:discussion|overview|look|note|section|word)\s+"
    r"(?:about|of|on|regarding)\s+",
    re.I,
)
# words that only introduce a topic: "considerations regarding sexual health" is sexual health
_EMPTY_HEAD = re.compile(
    r"^(?:considerations|issues|factors|effects|changes|aspects|questions|matters)\s+"
    r"(?:regarding|related to|associated with|of|in|about|around|surrounding)\s+(?=\w)",
    re.I,
)
TOPIC_WORDS = 30  # one line of topics; a longer list goes on a second line


def topic_lines(draft: Draft, index: int) -> list[str]:
    """A review's list of topics as one or two lines: "The review covers relationships and
    family, changes in finances and employment, ...". Items lose their examples in brackets
    and a closing "and concludes with a brief discussion about X" becomes X."""
    match = _TOPIC_LIST.search(draft.facts.sentences[index].text)
    if not match:
        return []
    inner = re.sub(r"\s*\([^()]*\)", "", match.group("items")).rstrip(" .")
    parts = inner.split(";") if inner.count(";") >= 2 else re.split(r",\s*(?:and\s+)?", inner)
    items = []
    for part in parts:
        item = _CLOSING_ITEM.sub("", part.strip())
        item = _EMPTY_HEAD.sub("", re.sub(r"^and\s+", "", item).strip(" ,."))
        if item and len(item.split()) <= 10 and not _FINITE.search(item):
            items.append(expand_abbreviations(item, draft.facts.abbreviations))
    if len(items) < 3:
        return []
    lines: list[list[str]] = [[]]
    for item in items:
        if lines[-1] and len(" ".join(lines[-1] + [item]).split()) > TOPIC_WORDS:
            lines.append([])
        lines[-1].append(item)
    if len(lines) > 2:  # more than two lines of topics: the first two
        lines = lines[:2]
    told = []
    for number, group in enumerate(lines):
        listed = group[0] if len(group) == 1 else ", ".join(group[:-1]) + " and " + group[-1]
        told.append(f"The review {'also ' if number else ''}covers {listed}.")
    return told


_WILL_BE = re.compile(
    r"^(?P<what>[A-Z][^,]{3,80}?) will be (?P<verb>discussed|addressed|reviewed|described|"
    r"covered|presented)\b,?\s*(?P<rest>.*)$"
)
_THIS_PAPER = re.compile(
    r"^(?:this|the) (?:manuscript|article|paper|review|chapter) (?:will )?(?P<verb>address|"
    r"outline|discuss|review|describe|cover|present|summari[sz]e)(?:s|es)?\s+(?P<rest>.+)$",
    re.I,
)
# "The objective of this review is to present X", "This review aims to summarize X"
_REVIEW_AIM = re.compile(
    r"^(?:(?:the|our|one) (?:main |primary |overall )?(?:objective|aim|purpose|goal)s? of "
    r"(?:this|the present|our) (?:narrative )?(?:review|article|paper|manuscript|chapter) "
    r"(?:is|was) to|(?:this|the present|our) (?:narrative )?(?:review|article|paper|manuscript|"
    r"chapter) (?:aims|seeks|intends|attempts) to) (?P<verb>present|describe|discuss|review|"
    r"summari[sz]e|outline|provide|highlight|explore|address|synthesi[sz]e|give|offer|"
    r"introduce|examine|update) (?P<rest>.+)$",
    re.I,
)
# "The authors provide a comprehensive review of X": the review covers X
_PROVIDE_REVIEW = re.compile(
    r"^(?:here,? )?(?:the authors|we|this (?:review|article|paper)) (?:provides?|presents?|"
    r"gives?|offers?) (?:a|an) (?:comprehensive |brief |detailed |narrative |concise |short |"
    r"updated )*(?:review|overview|summary|account) of (?P<rest>.+)$",
    re.I,
)
# "..., and present an algorithm": the review's second verb, which must agree with "The review"
_SECOND_VERB = re.compile(
    r"(?<=\band )(present|provide|describe|discuss|propose|offer|outline|highlight|"
    r"summari[sz]e|review|introduce|suggest|address)\b"
)
# "... system. Address the approach ...": the review's second verb split off as a sentence
_SPLIT_VERB = re.compile(
    r"\.\s+(Present|Provide|Describe|Discuss|Propose|Offer|Outline|Highlight|Summari[sz]e|"
    r"Review|Introduce|Suggest|Address)\b"
)


def _joined_verb(match: re.Match[str]) -> str:
    verb = match.group(1).lower()
    return ", and " + verb + ("es" if verb.endswith(("ss", "sh", "ch")) else "s")


def _third_person_verb(match: re.Match[str]) -> str:
    verb = match.group(1)
    return verb + ("es" if verb.endswith(("ss", "sh", "ch")) else "s")


# "In this review, we discuss X", "Here the authors summarize X": the review discusses X
_IN_THIS = re.compile(
    r"^(?:in this (?:review|article|paper|work|chapter),?|here,?) (?:we|the authors) (?:also )?"
    r"(?:briefly )?(?P<verb>address|outline|discuss|review|describe|cover|present|summari[sz]e|"
    r"highlight)\s+(?P<rest>.+)$",
    re.I,
)
_PRESENT = {"address": "addresses", "discuss": "discusses", "review": "covers"}
_ACTIVE = {
    "discussed": "discusses",
    "addressed": "addresses",
    "reviewed": "covers",
    "described": "describes",
    "covered": "covers",
    "presented": "presents",
}


# "discusses X, as well as expounds on Y": the second verb says the first again
_AS_WELL_AS = re.compile(r",? as well as (?:expounds|elaborates|comments|touches) (?:up)?on\b")


def as_coverage(text: str) -> str:
    """What a review covers, told as a statement about the review: "Management strategies
    will be discussed including stretch" becomes "The review discusses management strategies,
    including stretch"; other sentences are returned as they are."""
    text = _AS_WELL_AS.sub(" and", text)
    will = _WILL_BE.match(text)
    if will:
        what = will.group("what")
        what = what[0].lower() + what[1:] if what[1:2].islower() else what
        verb = _ACTIVE[will.group("verb")]
        rest = will.group("rest").rstrip(".")
        joint = ", " if rest.lower().startswith(("including", "such as")) else " "
        return f"The review {verb} {what}{joint + rest if rest else ''}."
    aim = _REVIEW_AIM.match(text)
    if aim:
        verb = aim.group("verb").lower()
        verb = _PRESENT.get(verb, verb + ("es" if verb.endswith(("sh", "ss", "ch")) else "s"))
        return f"The review {verb} {aim.group('rest').rstrip('.')}."
    provide = _PROVIDE_REVIEW.match(text)
    if provide:
        rest = _SECOND_VERB.sub(_third_person_verb, provide.group("rest").rstrip("."))
        return f"The review covers {rest}."
    this = _THIS_PAPER.match(text) or _IN_THIS.match(text)
    if this:
        verb = this.group("verb").lower()
        verb = _PRESENT.get(verb, verb + "s")
        rest = _SECOND_VERB.sub(_third_person_verb, this.group("rest").rstrip("."))
        rest = _SPLIT_VERB.sub(_joined_verb, rest)
        return f"The review {verb} {rest}."
    return text


def _fallback(
    draft: Draft, used: set[int], kind: dict[int, Kind], need: int, scope: bool = True
) -> list[KeyFinding]:
    """When the abstract states fewer than two points: its statements about the topic after
    the opening sentence (what is known is a narrative review's point, and a paper with no
    result of its own has nothing else), never an aim, a method or a call for more research;
    what the paper covers only when it states nothing else; the opening sentence and how
    grave or common the condition is come last."""
    facts = draft.facts
    # background is never a finding of a paper that states results of its own
    stated = bool(facts.results) or "finding" in kind.values()
    if draft.code == "narrative_review":
        stated = False  # a review's general statements are what it has to say
    later = [
        s
        for s in facts.sentences
        if not stated
        and s.index not in used
        and s.role != "other"
        and kind.get(s.index) == "background"
    ]
    known = [s for s in later if s.index > 0 and not tells_burden(s.text)]
    out: list[KeyFinding] = []
    for sentence in known:
        if len(out) >= need:
            break
        text = _short(draft, sentence.index)
        if text:
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    if len(out) < need and scope:
        taken = used | {f.sources[0] for f in out}
        out += _scope(draft, taken, kind, need - len(out))
    for sentence in [s for s in later if s not in known]:  # the opening and the burden last
        text = _short(draft, sentence.index) if len(out) < need and scope else None
        if text:
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    return out[:need]


_NOT_A_POINT = re.compile(
    r"\b(we (searched|review|describe|discuss|provide|summari[sz]e)|this (review|article|paper|"
    r"manuscript) (will )?(reviews?|describes|discusses|summari[sz]es|focuses|provides)|"
    r"here,? we|the aim|objective|purpose|were (included|searched|enrolled|recruited|screened)|"
    r"a total of \d+|from inception|(it|this review|this article|this paper|we) (also )?(seeks?|"
    r"sought|aims?|intends?) to|main outcome measures?|little is known|"
    r"remains? (unknown|unclear))\b",
    re.I,
)
# a sentence telling the paper's own finding, whatever its position
_OWN = re.compile(r"\bwe (report|found|find|show|demonstrate|observed|identified)\b", re.I)


def main_points(draft: Draft, used: set[int], room: int, need: int = 2) -> list[KeyFinding]:
    """For papers without stated results (narrative reviews, case reports, short
    abstracts): the plainest statements of the paper after its opening, in paper order.
    Background sentences only while fewer than `need` points were found."""
    facts = draft.facts
    review = is_review(draft)
    kind = sentence_kinds(draft)
    # a paper with results of its own: its background is never one of its points
    no_background = not review and (
        bool(facts.results) or any(kind.get(s.index) == "finding" for s in facts.sentences)
    )
    concluded = set(facts.conclusion.sources) if facts.conclusion else set()
    candidates = [
        s
        for s in facts.sentences
        if s.index not in used
        and s.index not in concluded  # the conclusion is told apart
        and s.role not in ("other", "objective", "methods")
        and kind.get(s.index) not in ("aim", "method", "future", "vague", "coverage")
        and not (no_background and kind.get(s.index) == "background")
        and not _NOT_A_POINT.search(s.text)
    ]
    candidates.sort(key=lambda s: (s.role not in ("results", "conclusion"), s.index))
    if sum(kind.get(s.index) == "finding" for s in candidates) >= 2:  # points enough
        candidates = [s for s in candidates if kind.get(s.index) != "background"]
    later = [s for s in candidates if s.index > 0] or candidates
    out: list[KeyFinding] = []
    for sentence in later + [s for s in candidates if s not in later]:
        if len(out) >= room:
            break
        if sentence.role == "background" and len(out) >= need and not _OWN.search(sentence.text):
            continue
        text = draft.plain(sentence.index, max_words=45, max_grade=30, strict=False)
        if text and not is_fragment(text):
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    return sorted(out, key=lambda f: f.sources[0])
