"""The OpenAPI 3.1 document of the read-only summaries API."""

from __future__ import annotations

from typing import Any

from scrh.web.research.design_groups import GROUPS
from scrh.web.research.filters import POPULATIONS

_STR = {"type": "string"}
_NULL_STR = {"type": ["string", "null"]}
_NULL_INT = {"type": ["integer", "null"]}


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


FILTER_PARAMETERS = [
    _query("q", "Full-text search over titles, summaries and abstracts.", _STR),
    _query("category", "Category slug, e.g. `pain-management`.", _STR),
    _query("design", "Study design code, e.g. `rct`, `retrospective_cohort`.", _STR),
    _query(
        "level", "Oxford CEBM 2011 evidence level.", {"type": "integer", "minimum": 1, "maximum": 5}
    ),
    _query(
        "group",
        "Kind of study (design group): " + ", ".join(f"`{c}` {g.label}" for c, g in GROUPS.items()),
        {"type": "string", "enum": list(GROUPS)},
    ),
    _query(
        "population",
        "Who was studied (`none`: no particular group, or not stated).",
        {"type": "string", "enum": list(POPULATIONS)},
    ),
    _query("year", "Year the paper was published.", {"type": "integer"}),
    _query("page", "Page number, from 1.", {"type": "integer", "minimum": 1}),
    _query(
        "page_size",
        "Results a page (default 20).",
        {"type": "integer", "minimum": 1, "maximum": 100},
    ),
]

SUMMARY_ITEM = {
    "type": "object",
    "required": ["slug", "title", "url", "api_url"],
    "properties": {
        "slug": _STR,
        "title": _STR,
        "url": {"type": "string", "format": "uri"},
        "api_url": {"type": "string", "format": "uri"},
        "journal": _STR,
        "paper_published": {"type": ["string", "null"], "format": "date"},
        "first_published_at": {"type": ["string", "null"], "format": "date-time"},
        "primary_category": {
            "type": ["object", "null"],
            "properties": {"slug": _STR, "title": _STR},
        },
        "design_code": _STR,
        "evidence_level": _NULL_INT,
        "population": _NULL_STR,
        "simple_explanation": _STR,
    },
}

SUMMARY_LIST = {
    "type": "object",
    "required": ["count", "page", "num_pages", "results"],
    "properties": {
        "count": {"type": "integer"},
        "page": {"type": "integer"},
        "num_pages": {"type": "integer"},
        "next": {"type": ["string", "null"], "format": "uri"},
        "previous": {"type": ["string", "null"], "format": "uri"},
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/SummaryItem"}},
    },
}

SUMMARY_DETAIL = {
    "allOf": [
        {"$ref": "#/components/schemas/SummaryItem"},
        {
            "type": "object",
            "properties": {
                "categories": {"type": "array", "items": {"type": "object"}},
                "summary": {"type": "object", "description": "The Summary JSON of the design."},
            },
        },
    ]
}


def _filters_except(*names: str) -> list[dict[str, Any]]:
    return [p for p in FILTER_PARAMETERS if p["name"] not in names]


_COUNT = {"type": "integer", "minimum": 0}
EVIDENCE_MAP = {
    "type": "object",
    "required": ["total", "sentence", "groups", "populations", "cells", "years", "undated"],
    "properties": {
        "total": _COUNT,
        "sentence": {**_STR, "description": "The counts in one plain sentence."},
        "filters": {"type": "object", "additionalProperties": _STR},
        "category": {"type": "object", "properties": {"slug": _STR, "title": _STR}},
        "groups": {
            "type": "array",
            "description": "Design groups, strongest kind of study first, with their design codes.",
            "items": {
                "type": "object",
                "properties": {
                    "code": {"type": "string", "enum": list(GROUPS)},
                    "label": _STR,
                    "design_codes": {"type": "array", "items": _STR},
                },
            },
        },
        "populations": {
            "type": "array",
            "items": {"type": "object", "properties": {"code": _STR, "label": _STR}},
        },
        "cells": {
            "type": "array",
            "description": "Every group against every population, zeros included.",
            "items": {
                "type": "object",
                "required": ["group", "population", "count"],
                "properties": {
                    "group": {"type": "string", "enum": list(GROUPS)},
                    "population": {"type": "string", "enum": list(POPULATIONS)},
                    "count": _COUNT,
                    "url": {"type": "string", "format": "uri"},
                    "api_url": {"type": "string", "format": "uri"},
                },
            },
        },
        "years": {
            "type": "array",
            "description": "Summaries by year the paper was published and group (non-zero only).",
            "items": {
                "type": "object",
                "properties": {"year": {"type": "integer"}, "group": _STR, "count": _COUNT},
            },
        },
        "undated": {**_COUNT, "description": "Summaries whose paper has no date."},
        "strongest_in_people": {
            "type": ["object", "null"],
            "description": "The strongest kind of study done in people, how many, the latest year.",
            "properties": {
                "design_code": _STR,
                "count": _COUNT,
                "latest_year": _NULL_INT,
            },
        },
    },
}


def _json(ref: str, description: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{ref}"}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document(server_url: str) -> dict[str, Any]:
    """The API description, with `server_url` as its server."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Spinal Cord Research Help API",
            "version": "1.0.0",
            "description": "Read-only access to the published plain-language summaries.",
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": {
            "/api/summaries/": {
                "get": {
                    "summary": "List published summaries",
                    "operationId": "listSummaries",
                    "parameters": FILTER_PARAMETERS,
                    "responses": {"200": _json("SummaryList", "A page of summaries.")},
                }
            },
            "/api/summaries/{slug}/": {
                "get": {
                    "summary": "One published summary",
                    "operationId": "getSummary",
                    "parameters": [
                        {"name": "slug", "in": "path", "required": True, "schema": _STR}
                    ],
                    "responses": {
                        "200": _json("SummaryDetail", "The summary."),
                        "404": {"description": "No published summary has this slug."},
                    },
                }
            },
            "/api/evidence/": {
                "get": {
                    "summary": "Evidence map of the published summaries",
                    "description": "Summaries counted by design group and population, and by "
                    "year, for the summaries matching the filters.",
                    "operationId": "getEvidenceMap",
                    "parameters": _filters_except("q", "page", "page_size"),
                    "responses": {"200": _json("EvidenceMap", "The counts.")},
                }
            },
            "/api/categories/{slug}/evidence/": {
                "get": {
                    "summary": "Evidence map of one category",
                    "operationId": "getCategoryEvidenceMap",
                    "parameters": [
                        {"name": "slug", "in": "path", "required": True, "schema": _STR},
                        *_filters_except("q", "category", "page", "page_size"),
                    ],
                    "responses": {
                        "200": _json("EvidenceMap", "The counts for the category."),
                        "404": {"description": "No published category has this slug."},
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "SummaryItem": SUMMARY_ITEM,
                "SummaryList": SUMMARY_LIST,
                "SummaryDetail": SUMMARY_DETAIL,
                "EvidenceMap": EVIDENCE_MAP,
            }
        },
    }
