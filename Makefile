# Spinal Cord Research Help — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SCRH := $(BIN)/scrh
PORT ?= 8000
DEMO_EDITOR ?= demo-editor
SHARED ?= ../shared
STAMP := $(VENV)/.installed
VAR := $(or $(SCRH_VAR_DIR),var)

.DEFAULT_GOAL := help
.PHONY: help install browser grammar demo test lint format eval bench loadtest clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,llm,production]'
	touch $(STAMP)

install: $(STAMP) ## Create .venv with the project and its test tools

browser: ## Install Debian's Chromium for the browser tests (needs root)
	@if [ -x /usr/bin/chromium ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "The browser tests need Debian's 'chromium' package: run 'sudo apt-get install chromium'." >&2; exit 1; \
	fi

grammar: ## Install Debian's link-grammar parser, used by the grammar check and the summarizer's guard on reworded sentences (needs root)
	@if [ -d /usr/lib/python3/dist-packages/linkgrammar ]; then exit 0; fi; \
	if [ "$$(id -u)" = "0" ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-link-grammar >/dev/null; \
	else \
		echo "The grammar check needs Debian's 'python3-link-grammar' package: run 'sudo apt-get install python3-link-grammar'." >&2; exit 1; \
	fi

demo: export SCRH_EMAIL_BACKEND ?= file
demo: export SCRH_DEBUG ?= false
demo: install ## Build the database from the bundled papers, approve the drafts as the demo editor, serve on 127.0.0.1:$(PORT)
	$(SCRH) migrate --noinput -v0
	$(SCRH) setup_site --port $(PORT)
	$(SCRH) ingest_file demo/sci_papers.jsonl
	$(SCRH) draft_summaries
	@$(SCRH) create_editor $(DEMO_EDITOR) > $(VAR)/editor-login.txt
	@echo "Approving the drafts through the review workflow as the demo editor '$(DEMO_EDITOR)':"
	$(SCRH) publish_drafts --user $(DEMO_EDITOR)
	$(SCRH) create_search "Spinal cord injury (weekly)" "spinal cord injury[MeSH] AND free full text[sb]" --max 20
	@echo
	@echo "Site:   http://127.0.0.1:$(PORT)/"
	@echo "Editor: http://127.0.0.1:$(PORT)/admin/  ($$(cat $(VAR)/editor-login.txt))"
	@echo "        review view from any summary's action menu; Reports menu; Saved searches > Run now"
	@echo
	$(SCRH) db_worker --interval 2 > $(VAR)/worker.log 2>&1 & worker=$$!; \
	trap 'kill $$worker' EXIT INT TERM; \
	$(SCRH) runserver 127.0.0.1:$(PORT) --noreload

worker: install ## Run background tasks: the django-tasks worker, and enqueue due searches and digests hourly
	$(SCRH) enqueue_tasks --every 3600 & enqueuer=$$!; \
	trap 'kill $$enqueuer' EXIT INT TERM; \
	$(SCRH) db_worker

lint: install ## ruff (lint and format check), mypy on the pipeline, migrations up to date
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src/scrh/pipeline
	DJANGO_SETTINGS_MODULE=scrh.web.settings.test $(SCRH) makemigrations --check --dry-run

format: install ## Apply ruff's formatting and safe fixes
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

test: install browser grammar lint ## Lint, then the whole test suite (browser tests included)
	$(BIN)/pytest

eval: install ## Quality report on the development set; REVIEW=scores.jsonl adds rubric scores, OUT=dir writes Markdown
	$(BIN)/python -m scrh.pipeline.evaluate \
		--papers $(SHARED)/eval/sci_open_papers.jsonl $(SHARED)/eval/sci_open_papers_batch3.jsonl \
		--laysum $(SHARED)/eval/laysum_dev.jsonl $(if $(REVIEW),--review $(REVIEW)) $(if $(OUT),--out $(OUT))

bench: install ## Benchmarks, each printing a ratio against its named baseline
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

loadtest: install ## wrk (Debian's) against gunicorn serving the demo site on loopback: req/s, p50/p99, errors
	$(BIN)/python bench/loadtest.py

clean: ## Remove var/ (database, static files, mail)
	rm -rf var
