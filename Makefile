.PHONY: setup run test check bench web

setup:
	scripts/setup.sh

run: setup
	.venv/bin/assay serve

test: setup
	scripts/test.sh

check: setup
	scripts/check.sh

bench: setup
	scripts/bench.sh
