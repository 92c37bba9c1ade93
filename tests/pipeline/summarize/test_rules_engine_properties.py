"""The rules engine returns a valid Summary for any abstract (property-based)."""

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scrh.pipeline.checks.labels import check_labels
from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.papers.sections import leading_label
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.model import Summary

ENGINE = RulesEngine()
FEW = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
LABELS = [
    "OBJECTIVE",
    "Objective",
    "objectives",
    "Study design",
    "STUDY DESIGN",
    "Data Sources",
    "SETTING",
    "Setting",
    "Trial registration",
    "Materials and Methods",
    "METHODS",
    "Results",
    "CONCLUSION",
    "Conclusions",
    "Background",
    "Keywords",
]
WORDS = [
    "patients", "with", "spinal", "cord", "injury", "were", "randomized", "rats", "walking",
    "improved", "significantly", "184", "97", "n=6", "p<.05", "(95%", "CI", "0.2-0.9)", "e.g.",
    "AIS", "ASIA", "Motor", "Score", "SCIM", "12", "weeks", "may", "suggest", "trial", "cohort",
    "the", "in", "of", "and", "not", "3.7", "vs.", "et", "al.", "Nkx6.1", "treatment=77%",
]  # fmt: skip
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(
    lambda words: " ".join(words).capitalize() + "."
)
ANY_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=300
)
NON_ENGLISH = st.sampled_from(
    [
        "Die Rückenmarksverletzung führt zu Lähmungen. Wir untersuchten 40 Patienten.",
        "脊髓损伤是一种严重的疾病。我们研究了40名患者。",
        "Травма спинного мозга. Мы изучили 40 пациентов.",
        "Η κάκωση του νωτιαίου μυελού. Μελετήσαμε 40 ασθενείς.",
        "إصابة الحبل الشوكي. درسنا ٤٠ مريضا.",
    ]
)
NUMBERS_ONLY = st.lists(
    st.one_of(st.integers(-(10**6), 10**9).map(str), st.floats(allow_nan=False).map(str)),
    min_size=1,
    max_size=40,
).map(" ".join)


@st.composite
def inline_abstract(draw) -> str:
    """Headings and sentences in one string, with or without spaces after full stops."""
    parts = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(LABELS)) + draw(st.sampled_from([":", ": ", " :"])))
        parts.append(draw(SENTENCE))
        parts.append(draw(st.sampled_from(["", " ", "  ", "\n"])))
    return "".join(parts)


SECTION_TEXT = st.one_of(
    st.just(""), st.just("   "), inline_abstract(), ANY_TEXT, NON_ENGLISH, NUMBERS_ONLY
)
SECTIONS = st.lists(
    st.builds(
        lambda text, label: Section(text=text, label=label),
        SECTION_TEXT,
        st.one_of(st.none(), st.sampled_from(LABELS)),
    ),
    max_size=5,
)
# Every input format requires a title, so a title here has at least a letter or a digit.
TITLE = st.one_of(
    st.sampled_from(["A randomized controlled trial", "Ein Titel", "1 2 3"]),
    ANY_TEXT.filter(lambda title: any(c.isalnum() for c in title)),
)
HEADING_IN_PROSE = re.compile(
    r"(?:^|[.!?]\s*)(?:OBJECTIVES?|Objectives?|STUDY DESIGN|Study design|Data Sources|SETTING|"
    r"Trial registration|Materials and Methods|METHODS|CONCLUSIONS?|Conclusions?)\s*:"
)


def _assert_valid(paper: Paper) -> Summary:
    summary = ENGINE.summarize(paper)
    assert Summary.model_validate_json(summary.model_dump_json()) == summary
    for sentence in summary.sentences:
        assert leading_label(sentence)[0] is None, sentence
    assert not HEADING_IN_PROSE.search(summary.simple_explanation), summary.simple_explanation
    if ":" not in paper.title:
        assert check_labels(paper, summary) == []
    return summary


@FEW
@given(title=TITLE, sections=SECTIONS)
@example(title="T", sections=[])
@example(title="Titre", sections=[Section("Nous avons étudié 40 patients.")])
@example(title="T", sections=[Section(""), Section("   ")])
@example(title="T", sections=[Section("OBJECTIVE: To test.Study design: Trial.RESULTS: It rose.")])
@example(title="T", sections=[Section("The ASIA Motor Score rose in 12 patients.")])
def test_any_abstract_gives_a_valid_summary(title, sections):
    _assert_valid(Paper(title=title, abstract_sections=tuple(sections)))


@FEW
@given(text=inline_abstract())
def test_headings_inline_in_one_string_never_reach_the_sentences_or_explanation(text):
    _assert_valid(Paper(title="A study", abstract_sections=(Section(text),)))


def test_an_abstract_of_200000_characters_gives_a_valid_summary():
    text = (
        "OBJECTIVE: To test walking in 20 adults with spinal cord injury.METHODS: We enrolled "
        "184 adults; 97 were randomised to training. RESULTS: Speed rose (p<.05).CONCLUSION: "
        "Training may help. "
    )
    abstract = (text * (200_000 // len(text) + 1))[:200_000]
    summary = _assert_valid(Paper(title="Long", abstract_sections=(Section(abstract),)))
    assert summary.simple_explanation
