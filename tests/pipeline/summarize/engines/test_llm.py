"""The `llm` engine against a real chat-completions server on 127.0.0.1 replaying answers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from scrh.pipeline.checks.readability import fkgl
from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.summarize.engines import builtin_engines, get_engine
from scrh.pipeline.summarize.engines.llm import (
    NEEDS_REVIEW_ENGINE,
    LLMEngine,
    LLMError,
    grounding,
)

PAPER = Paper(
    title="Walking training with a robot after incomplete spinal cord injury",
    abstract_sections=(
        Section(
            "Forty adults with incomplete spinal cord injury were randomly assigned to 12 weeks "
            "of robot-assisted walking training or to usual physiotherapy.",
            "Methods",
            "METHODS",
        ),
        Section(
            "After 12 weeks, pain scores on the visual analogue scale (VAS) were lower in the "
            "robot group (2.4 vs 3.9, P = 0.01). Walking distance in the 6-minute walk test was "
            "longer in the robot group (210 m vs 160 m). There was no significant difference in "
            "falls between the groups.",
            "Results",
            "RESULTS",
        ),
        Section(
            "Robot-assisted training reduced pain and improved walking more than usual care.",
            "Conclusions",
            "CONCLUSIONS",
        ),
    ),
    journal="Example Rehabilitation Journal",
    year=2023,
    doi="10.1000/example.llm",
)

SIMPLE = (
    "A spinal cord injury can make walking hard and can cause pain. In this study, 40 adults "
    "whose injury was not complete took part. By chance, each person was put in one of two "
    "groups. One group trained to walk with the help of a robot. The robot holds the body and "
    "moves the legs in a walking pattern. The other group had their usual exercise therapy. "
    "Both groups trained for 12 weeks. At the end, people in the robot group had less pain. "
    "Their pain score was 2.4, and it was 3.9 in the other group. They could also walk farther "
    "in six minutes: 210 metres, against 160 metres. The number of falls was about the same in "
    "both groups. This means robot training may help some people with this kind of injury walk "
    "better and hurt less. The study was small, so larger studies are needed to be sure that "
    "this works for most people. It is a good first step, and it shows what to test next."
)


def good_answer(sentences: list[str], **changes: Any) -> dict[str, Any]:
    """A correct summary of PAPER as the model should write it."""

    def at(fragment: str) -> int:
        return next(i for i, s in enumerate(sentences) if fragment in s)

    answer: dict[str, Any] = {
        "primary_category": "Rehabilitation",
        "categories": ["Rehabilitation", "Assistive Technology"],
        "simple_explanation": SIMPLE,
        "study_duration": "12 weeks",
        "participants": "40 adults with incomplete spinal cord injury",
        "participant_count": 40,
        "population": "humans",
        "evidence": {
            "design": "Randomised controlled trial",
            "design_code": "rct",
            "level": 2,
            "meaning": "People were put into groups by chance, a strong way to test a treatment.",
        },
        "key_findings": [
            {
                "text": "Pain scores on the VAS were lower after robot training (2.4 vs 3.9).",
                "sources": [at("pain scores")],
            },
            {
                "text": "The robot group walked farther in the 6-minute walk test.",
                "sources": [at("Walking distance")],
            },
        ],
        "research_summary": "In this randomised trial, 40 adults with incomplete injury had 12 "
        "weeks of robot-assisted walking training or usual physiotherapy. The robot group had "
        "lower pain scores and a longer walking distance. Falls did not differ.",
        "practical_implications": [
            {"title": "Less pain", "text": "Robot training may ease pain."},
            {"title": "Longer walks", "text": "Robot training may help people walk farther."},
        ],
        "limitations": [
            {"text": "The study was small.", "origin": "design"},
            {"text": "Follow-up ended after the training.", "origin": "design"},
        ],
        "glossary": [
            {"term": "VAS", "definition": "A pain score from 0 to 10; lower means less pain."},
            {"term": "physiotherapy", "definition": "Exercise therapy with a therapist."},
        ],
    }
    answer.update(changes)
    return answer


@dataclass
class ChatServer:
    """A chat-completions endpoint replaying scripted replies, recording every request."""

    replies: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def say(self, content: str, *, delay: float = 0.0) -> None:
        body = {
            "id": f"chatcmpl-{len(self.replies)}",
            "object": "chat.completion",
            "created": 0,
            "model": "test-model",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
        }
        self.replies.append({"status": 200, "body": body, "delay": delay})

    def say_json(self, data: dict[str, Any]) -> None:
        self.say(json.dumps(data))

    def refuse(self, status: int, headers: dict[str, str]) -> None:
        body = {"error": {"message": "slow down", "type": "rate_limit"}}
        self.replies.append({"status": status, "body": body, "headers": headers})

    def prompts(self, index: int) -> list[str]:
        """The message texts of request `index`."""
        return [m["content"] for m in self.requests[index]["messages"]]


def _handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length", 0))
            request = json.loads(self.rfile.read(length))
            server.requests.append({"path": self.path, **request})
            reply = server.replies.pop(0)
            time.sleep(reply.get("delay", 0.0))
            payload = json.dumps(reply["body"]).encode()
            try:
                self.send_response(reply["status"])
                for name, value in reply.get("headers", {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout case)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def chat() -> Iterator[ChatServer]:
    state = ChatServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def sentences() -> list[str]:
    return grounding(PAPER)[1]


def engine_for(chat: ChatServer, **options: Any) -> LLMEngine:
    options = {"timeout": 5.0, "max_retries": 0, **options}
    return LLMEngine(base_url=chat.url, model="test-model", api_key="secret", **options)


def test_good_answer_is_checked_and_returned_with_tokens(chat, sentences):
    chat.say_json(good_answer(sentences))
    draft = engine_for(chat).draft(PAPER)
    assert draft.report.ok, draft.report.format_text()
    assert (draft.needs_review, draft.repaired) == (False, False)
    assert (draft.usage.prompt_tokens, draft.usage.completion_tokens, draft.usage.calls) == (
        100,
        50,
        1,
    )
    assert draft.summary.engine == "llm"
    assert draft.summary.sentences == sentences
    assert draft.summary.paper.doi == PAPER.doi
    assert draft.summary.reading_grade.simple_explanation == fkgl(SIMPLE)


def test_request_carries_prompt_grounding_and_json_mode(chat, sentences):
    chat.say_json(good_answer(sentences))
    engine_for(chat).draft(PAPER)
    request = chat.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["model"] == "test-model"
    assert request["response_format"] == {"type": "json_object"}
    system, user = chat.prompts(0)
    assert "LOWER score means LESS pain" in system
    assert f"[0] {sentences[0]}" in user
    assert '"better": "lower is better"' in user  # the VAS fact from the outcome measures


def test_invalid_json_gets_one_repair_round(chat, sentences):
    chat.say("Here is the summary: {not json")
    chat.say_json(good_answer(sentences))
    draft = engine_for(chat).draft(PAPER)
    assert draft.report.ok and draft.repaired and not draft.needs_review
    repair = chat.prompts(1)[-1]
    assert "not valid Summary JSON" in repair
    assert draft.usage.calls == 2


def test_wrong_number_is_fixed_by_the_repair_round(chat, sentences):
    chat.say_json(good_answer(sentences, participants="75 adults with spinal cord injury"))
    chat.say_json(good_answer(sentences))
    draft = engine_for(chat).draft(PAPER)
    assert draft.report.ok and draft.repaired and not draft.needs_review
    repair = chat.prompts(1)[-1]
    assert "the number '75' does not occur in the paper" in repair
    assert chat.prompts(1)[-2] == json.dumps(
        good_answer(sentences, participants="75 adults with spinal cord injury")
    )


def test_number_still_wrong_after_repair_is_kept_and_marked(chat, sentences):
    wrong = good_answer(sentences, participants="75 adults with spinal cord injury")
    chat.say_json(wrong)
    chat.say_json(wrong)
    engine = engine_for(chat)
    draft = engine.draft(PAPER)
    assert draft.needs_review and draft.repaired
    assert [f.field for f in draft.report.errors] == ["participants"]
    assert draft.summary.engine == NEEDS_REVIEW_ENGINE
    assert draft.summary.participants == "75 adults with spinal cord injury"


def test_wrong_direction_is_sent_back_quoting_the_finding(chat, sentences):
    text = "Robot training gave higher VAS pain scores, indicating better pain management."
    first = good_answer(sentences)
    first["key_findings"][0]["text"] = text
    chat.say_json(first)
    chat.say_json(good_answer(sentences))
    draft = engine_for(chat).draft(PAPER)
    assert draft.report.ok
    assert "lower is better" in chat.prompts(1)[-1]


def test_rate_limit_then_success_is_retried(chat, sentences):
    chat.refuse(429, {"retry-after-ms": "20"})
    chat.say_json(good_answer(sentences))
    draft = engine_for(chat, max_retries=2).draft(PAPER)
    assert draft.report.ok
    assert len(chat.requests) == 2
    assert draft.usage.calls == 1


def test_timeout_raises_a_clear_error(chat, sentences):
    chat.say(json.dumps(good_answer(sentences)), delay=1.5)
    started = time.monotonic()
    with pytest.raises(LLMError, match="no answer in time"):
        engine_for(chat, timeout=0.3).draft(PAPER)
    assert time.monotonic() - started < 1.5


def test_timeout_then_answer_succeeds_on_retry(chat, sentences):
    chat.say(json.dumps(good_answer(sentences)), delay=1.5)
    chat.say_json(good_answer(sentences))
    draft = engine_for(chat, timeout=0.5, max_retries=1).draft(PAPER)
    assert draft.report.ok
    assert len(chat.requests) == 2


def test_server_error_without_retries_raises(chat):
    chat.refuse(500, {})
    with pytest.raises(LLMError):
        engine_for(chat).draft(PAPER)


def test_results_are_cached_by_paper_model_and_prompt_version(chat, sentences, tmp_path):
    chat.say_json(good_answer(sentences))
    first = engine_for(chat, cache_dir=tmp_path).draft(PAPER)
    again = engine_for(chat, cache_dir=tmp_path).draft(PAPER)
    assert len(chat.requests) == 1
    assert again.cached and not first.cached
    assert again.summary == first.summary and again.usage == first.usage
    chat.say_json(good_answer(sentences))
    other = LLMEngine(base_url=chat.url, model="other-model", cache_dir=tmp_path, max_retries=0)
    assert not other.draft(PAPER).cached
    changed = PAPER.with_changes(title=PAPER.title + " (revised)")
    assert engine_for(chat).cache_key(changed) != engine_for(chat).cache_key(PAPER)


def test_engine_is_registered_and_takes_its_settings_as_options(chat, sentences, monkeypatch):
    assert builtin_engines()["llm"] is LLMEngine
    monkeypatch.setenv("SCRH_LLM_BASE_URL", "http://127.0.0.1:9/never-read")
    chat.say_json(good_answer(sentences))
    engine = get_engine("llm", base_url=chat.url, model="option-model", max_retries=0)
    summary = engine.summarize(PAPER)
    assert summary.engine == "llm"
    assert chat.requests[0]["model"] == "option-model"


def test_missing_settings_fail_at_construction_even_with_the_environment_set(monkeypatch):
    monkeypatch.setenv("SCRH_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("SCRH_LLM_MODEL", "env-model")
    with pytest.raises(LLMError, match="SCRH_LLM_MODEL"):
        LLMEngine()
