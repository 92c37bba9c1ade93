"""The optional `llm` engine: any OpenAI-compatible chat-completions server, held to the checks.

The model gets the paper's numbered sentences and the facts the rules engine found, answers with
Summary JSON, and the answer is checked. When checks fail, one repair round quotes the findings;
a summary still failing is returned marked `needs_review` with its report, never silently clean.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import openai
from pydantic import ValidationError

from scrh.pipeline.checks import CheckReport, run_checks
from scrh.pipeline.checks.outcomes import MeasureFinder, load_outcome_measures
from scrh.pipeline.checks.readability import fkgl
from scrh.pipeline.checks.text import split_sentences
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import PaperRef, ReadingGrade, Summary

DEFAULT_PROMPT = "summary_v1.toml"
NEEDS_REVIEW_ENGINE = "llm:needs-review"
_FILLED_BY_ENGINE = ("paper", "sentences", "engine", "reading_grade")
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


class LLMError(RuntimeError):
    """The server failed, timed out, or never answered with a usable summary."""


@dataclass(frozen=True, slots=True)
class Prompt:
    """A versioned prompt: system text, user template, repair template."""

    version: str
    system: str
    user: str
    repair: str

    @classmethod
    def load(cls, name: str = DEFAULT_PROMPT) -> Prompt:
        """The prompt file `name` from the package's `data/prompts`, or a path to a TOML file."""
        path = Path(name)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
        else:
            source = resources.files("scrh.pipeline.data").joinpath("prompts", name)
            text = source.read_text(encoding="utf-8")
        data = tomllib.loads(text)
        return cls(**{key: data[key].strip() for key in ("version", "system", "user", "repair")})


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens spent (as the server reports them) and calls made."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.calls + other.calls,
        )


@dataclass(frozen=True, slots=True)
class LLMDraft:
    """What the engine produced for one paper: the summary, its report and how it got there.

    `needs_review` is True when the summary still fails a check after the repair round; such a
    summary also carries `engine == NEEDS_REVIEW_ENGINE`.
    """

    summary: Summary
    report: CheckReport
    needs_review: bool
    usage: Usage = field(default_factory=Usage)
    repaired: bool = False
    cached: bool = False
    model: str = ""
    prompt_version: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        """The draft as JSON-ready data (the cache format)."""
        return {
            "summary": self.summary.to_json_dict(),
            "report": self.report.to_json_dict(),
            "needs_review": self.needs_review,
            "usage": asdict(self.usage),
            "repaired": self.repaired,
            "model": self.model,
            "prompt_version": self.prompt_version,
        }

    @classmethod
    def from_json_dict(cls, data: dict[str, Any], *, cached: bool = False) -> LLMDraft:
        """Rebuild a draft from `to_json_dict` output."""
        return cls(
            summary=Summary.model_validate(data["summary"]),
            report=CheckReport.from_json_dict(data["report"]),
            needs_review=bool(data["needs_review"]),
            usage=Usage(**data.get("usage", {})),
            repaired=bool(data.get("repaired")),
            cached=cached,
            model=str(data.get("model", "")),
            prompt_version=str(data.get("prompt_version", "")),
        )


class LLMEngine:
    """Summaries written by a language model and held to the same checks as every engine."""

    name = "llm"

    def __init__(
        self,
        *,
        base_url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        timeout: float = 120.0,
        max_retries: int = 2,
        cache_dir: str | os.PathLike[str] | None = None,
        prompt: str = DEFAULT_PROMPT,
        temperature: float = 0.0,
        json_mode: bool = True,
    ) -> None:
        self.base_url = base_url or ""
        self.model = model or ""
        if not self.base_url or not self.model:
            raise LLMError(
                "the llm engine needs the options base_url and model "
                "(the site sets them from SCRH_LLM_BASE_URL and SCRH_LLM_MODEL)"
            )
        key = api_key or "none"
        self.client = openai.OpenAI(
            base_url=self.base_url, api_key=key, timeout=timeout, max_retries=max_retries
        )
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.prompt = Prompt.load(prompt)
        self.temperature = temperature
        self.json_mode = json_mode

    def summarize(self, paper: Paper) -> Summary:
        """The summary of `paper`; see `draft` for its report, tokens and review flag."""
        return self.draft(paper).summary

    def draft(self, paper: Paper) -> LLMDraft:
        """Summarize `paper`, check it, repair once if needed; cached by paper, model, prompt."""
        cached = self._cached(paper)
        if cached is not None:
            return cached
        facts, sentences = grounding(paper)
        messages = [
            {"role": "system", "content": self.prompt.system},
            {"role": "user", "content": self._user_message(paper, facts, sentences)},
        ]
        answer, usage = self._ask(messages)
        summary, report, problems = self._evaluate(answer, paper, sentences)
        repaired = bool(problems)
        if problems:
            messages.append({"role": "assistant", "content": answer})
            answer, more = self._ask([*messages, self._repair_message(problems)])
            usage += more
            second = self._evaluate(answer, paper, sentences)
            if second[0] is not None or summary is None:  # an unusable repair keeps the first
                summary, report, problems = second
        if summary is None or report is None:
            raise LLMError(f"no valid summary after the repair round: {problems}")
        return self._store(paper, self._finish(summary, report, usage, repaired))

    def _repair_message(self, problems: str) -> dict[str, str]:
        return {
            "role": "user",
            "content": Template(self.prompt.repair).substitute(findings=problems),
        }

    def cache_key(self, paper: Paper) -> str:
        """The cache key: the paper's content hash, the model and the prompt version."""
        raw = json.dumps([paper.content_hash, self.model, self.prompt.version])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def _user_message(self, paper: Paper, facts: dict[str, Any], sentences: list[str]) -> str:
        numbered = "\n".join(f"[{i}] {s}" for i, s in enumerate(sentences))
        return Template(self.prompt.user).substitute(
            title=paper.title, facts=json.dumps(facts, indent=2), sentences=numbered
        )

    def _ask(self, messages: list[dict[str, str]]) -> tuple[str, Usage]:
        options: dict[str, Any] = {"model": self.model, "messages": messages}
        options.update(temperature=self.temperature)
        if self.json_mode:
            options["response_format"] = {"type": "json_object"}
        try:
            response = self.client.chat.completions.create(**options)
        except openai.APITimeoutError as error:
            raise LLMError(f"{self.base_url}: no answer in time") from error
        except openai.APIError as error:
            raise LLMError(f"{self.base_url}: {error}") from error
        content = response.choices[0].message.content if response.choices else None
        if not content:
            raise LLMError(f"{self.base_url}: empty answer")
        used = response.usage
        tokens = (used.prompt_tokens, used.completion_tokens) if used else (0, 0)
        return content, Usage(tokens[0], tokens[1], 1)

    def _evaluate(
        self, answer: str, paper: Paper, sentences: list[str]
    ) -> tuple[Summary | None, CheckReport | None, str]:
        """The summary in `answer`, its report, and the problems to quote in a repair round."""
        try:
            summary = summary_from_answer(answer, paper, sentences, engine=self.name)
        except ValueError as error:
            return None, None, f"- error: the answer was not valid Summary JSON: {error}"
        report = run_checks(paper, summary)
        problems = "\n".join(f"- {f.describe()}" for f in report.errors)
        return summary, report, problems

    def _finish(
        self, summary: Summary, report: CheckReport, usage: Usage, repaired: bool
    ) -> LLMDraft:
        if not report.ok:
            summary = summary.model_copy(update={"engine": NEEDS_REVIEW_ENGINE})
        return LLMDraft(
            summary, report, not report.ok, usage, repaired, False, self.model, self.prompt.version
        )

    def _cached(self, paper: Paper) -> LLMDraft | None:
        if self.cache_dir is None:
            return None
        path = self.cache_dir / f"{self.cache_key(paper)}.json"
        if not path.is_file():
            return None
        return LLMDraft.from_json_dict(json.loads(path.read_text(encoding="utf-8")), cached=True)

    def _store(self, paper: Paper, draft: LLMDraft) -> LLMDraft:
        if self.cache_dir is not None:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            path = self.cache_dir / f"{self.cache_key(paper)}.json"
            temporary = path.with_suffix(".tmp")
            temporary.write_text(json.dumps(draft.to_json_dict(), ensure_ascii=False), "utf-8")
            temporary.replace(path)
        return draft


def summary_from_answer(answer: str, paper: Paper, sentences: list[str], *, engine: str) -> Summary:
    """Validate the model's JSON as a Summary; citation, sentences and grades come from us."""
    try:
        data = json.loads(_FENCE.sub("", answer))
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg} at character {error.pos})") from error
    if not isinstance(data, dict):
        raise ValueError("expected one JSON object")
    data = {k: v for k, v in data.items() if k not in _FILLED_BY_ENGINE}
    data.update(paper=_ref(paper).model_dump(), sentences=sentences, engine=engine)
    grades = {k: fkgl(str(data.get(k) or "")) for k in ("simple_explanation", "research_summary")}
    data["reading_grade"] = ReadingGrade(**grades).model_dump()
    try:
        return Summary.model_validate(data)
    except ValidationError as error:
        details = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()[:8]
        )
        raise ValueError(details) from error


def grounding(paper: Paper) -> tuple[dict[str, Any], list[str]]:
    """Facts for the model (from the rules engine when installed) and the numbered sentences."""
    measures = MeasureFinder(load_outcome_measures()).mentions(paper.abstract)
    facts: dict[str, Any] = {
        "outcome_measures": [
            {"name": m.name, "better": f"{m.better} is better"}
            for m in dict.fromkeys(mention.measure for mention in measures)
        ]
    }
    try:
        from scrh.pipeline.summarize.engines.rules import RulesEngine
    except ImportError:
        return facts, split_sentences(paper.abstract)
    base = RulesEngine().summarize(paper)
    facts.update(
        base.model_dump(
            include={"primary_category", "categories", "study_duration", "participants"}
        ),
        participant_count=base.participant_count,
        population=base.population,
        evidence=base.evidence.model_dump(),
    )
    return facts, list(base.sentences)


def _ref(paper: Paper) -> PaperRef:
    ids = {"doi": paper.doi, "pmid": paper.pmid, "pmcid": paper.pmcid}
    published = paper.published.isoformat() if paper.published else None
    return PaperRef(
        title=paper.title, journal=paper.journal, year=paper.year, published=published, **ids
    )


__all__ = ["LLMDraft", "LLMEngine", "LLMError", "Prompt", "Usage", "summary_from_answer"]
