"""Shapes of abstracts that broke sentences: name lists, phrase fields, theme lists, design
words, "arm" as a body part, relative clauses after a count, and evidence told once."""

from __future__ import annotations

import re

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.facts import extract_facts
from scrh.pipeline.summarize.model import Summary
from scrh.pipeline.summarize.writers.draft import clause_sentences


def _summary(title: str, abstract: str) -> Summary:
    return RulesEngine().summarize(paper_from_record({"title": title, "abstract": abstract}))


def _all_text(summary: Summary) -> str:
    return " ".join(
        [
            summary.simple_explanation,
            summary.research_summary,
            *(f.text for f in summary.key_findings),
            *(f"{p.title} {p.text}" for p in summary.practical_implications),
            *(item.text for item in summary.limitations),
        ]
    )


def test_names_in_a_row_are_not_clauses() -> None:
    sentence = (
        "Combined treatment increased fibre density below the lesion and improved Basso, "
        "Beattie and Bresnahan scores compared with vehicle."
    )
    assert clause_sentences(sentence) is None
    assert clause_sentences("Pain fell in most people, and sleep improved in half.") == [
        "Pain fell in most people.",
        "Sleep improved in half.",
    ]


def test_a_phrase_field_is_never_told_as_a_sentence() -> None:
    summary = _summary(
        "A peer-led programme after spinal cord injury: a pilot study",
        "Participants: Twenty inpatients with recent spinal cord injury. Intervention: Six "
        "weekly group sessions led by trained peer mentors. Outcome measures: Retention, "
        "attendance and satisfaction. Results: Seventeen of the 20 completed the programme, and "
        "participants rated it highly. Conclusions: The programme was feasible.",
    )
    text = _all_text(summary)
    assert "Six weekly group sessions led by trained peer mentors." not in text
    assert "Retention, attendance and satisfaction." not in text


def test_a_theme_list_keeps_its_clause() -> None:
    summary = _summary(
        "Returning to work after spinal cord injury: a qualitative study",
        "Methods: We interviewed 18 adults with spinal cord injury who had returned to paid "
        "work within five years of injury. Results: Three themes were identified: negotiating a "
        "new identity, supportive employers, and managing fatigue. Conclusions: Return to work "
        "depends on many factors.",
    )
    text = _all_text(summary)
    assert not re.search(r"(^|\. )Negotiating a new identity", text)
    assert "themes" in summary.simple_explanation  # our line on how themes are found
    assert "the people studiedes" not in text
    assert summary.participant_count == 18  # "who had returned to work" is not a follow-up


def test_what_was_tested_leaves_out_how_it_was_judged_and_for_how_long() -> None:
    feasibility = _summary(
        "Feasibility of a peer-led self-management programme for spinal cord injury: a pilot study",
        "Methods: Twenty adults with spinal cord injury took part in a pilot study of the "
        "programme. Results: Seventeen completed it. Conclusions: It was feasible.",
    )
    assert "a feasibility of" not in _all_text(feasibility).lower()
    weeks = _summary(
        "Effect of a 12-week home-based arm ergometry programme on shoulder pain: a randomised "
        "controlled trial",
        "Methods: Forty-eight manual wheelchair users were randomly assigned to a home-based "
        "arm ergometry programme or a waitlist control group. Results: Shoulder pain scores did "
        "not differ significantly between groups (p=0.3).",
    )
    assert "The study tested a home-based arm ergometry programme." in weeks.simple_explanation
    facts = extract_facts(
        paper_from_record({"title": "Arm ergometry", "abstract": weeks.sentences[0]})
    )
    assert [g.name for g in facts.groups] == [
        "home-based arm ergometry programme",
        "waitlist control group",
    ]


def test_a_methods_sentence_on_bias_is_not_a_limitation() -> None:
    summary = _summary(
        "Skin-surface spinal stimulation for hand function: a systematic review",
        "Methods: Five databases were searched. Risk of bias was assessed. Results: Twelve "
        "studies with 134 participants were included. Most studies reported better grip "
        "strength. Risk of bias was high in most studies. Conclusions: Stimulation may help "
        "hand function, but the evidence is of low quality.",
    )
    limits = [item.text for item in summary.limitations]
    assert "Risk of bias was assessed." not in limits
    assert summary.simple_explanation.count("low quality") == 1


def test_the_field_short_form_is_written_out_without_a_definition() -> None:
    summary = _summary(
        "Sleep after spinal cord injury: a cross-sectional study",
        "Methods: We surveyed 300 adults with chronic SCI. Results: Poor sleep was reported by "
        "58% of respondents.",
    )
    assert "SCI" not in summary.simple_explanation
    assert "adults with chronic spinal cord injury" in summary.participants


def test_a_term_named_only_inside_a_definition_is_not_defined_again() -> None:
    from scrh.pipeline.summarize.writers.defined import first_uses

    # our own definition ("… also called quadriplegia") is passed as "", as the explanation does
    lines = ["Two people with tetraplegia took part.", ""]
    told = "Tetraplegia means loss of movement and feeling in the arms, legs and body."
    assert not any(line.startswith("Quadriplegia") for _, line in first_uses(lines, told=told))


def test_themes_that_emerged_are_the_findings() -> None:
    summary = _summary(
        "Hope after spinal cord injury: a qualitative study",
        "Participants: Twelve adults were interviewed. Results: Three themes emerged: hope as "
        "holding on to walking, hope as rebuilding a life, and hope shared with others. "
        "Conclusions: Staff should support both kinds of hope.",
    )
    told = "Three themes emerged: hope as holding on to walking"
    assert told in summary.simple_explanation
    assert summary.key_findings[0].text.startswith(told)


def test_a_diagnostic_accuracy_result_is_a_result() -> None:
    from scrh.pipeline.summarize.facts import extract_facts

    facts = extract_facts(
        paper_from_record(
            {
                "title": "Bladder ultrasound accuracy",
                "abstract": "Methods: We studied 48 inpatients. Results: Ultrasound had a "
                "sensitivity of 88% and a specificity of 81% for high residual volumes.",
            }
        )
    )
    assert [r.sources for r in facts.results] == [(1,)]


def test_small_shapes_of_numbers_and_short_forms() -> None:
    from scrh.pipeline.summarize.plain import expand_abbreviations
    from scrh.pipeline.summarize.writers.draft import without_significance

    forms = {"MSC": "mesenchymal stem cell"}
    assert expand_abbreviations("Rats got MSCs.", forms) == "Rats got mesenchymal stem cells."
    assert without_significance("The change did not reach significance.") == (
        "The change was not clear."
    )
    summary = _summary(
        "Home stimulation for bowel care: a pilot study",
        "Methods: Of 27 screened, 16 were enrolled. Results: Bowel care time fell from 58 to "
        "41 minutes (p = 0.003).",
    )
    assert "The study included 16 people." in summary.simple_explanation
