.PHONY: setup run test check bench web lock test-latest test-cgroup-v2

setup:
	scripts/setup.sh

run: setup
	.venv/bin/assay serve

test:
	ASSAY_WITH_BROWSER=1 scripts/setup.sh
	scripts/test.sh

check: setup
	scripts/check.sh

bench: setup
	scripts/bench.sh

web: setup
	scripts/build-web.sh

lock:
	scripts/lock.sh

test-latest:
	scripts/test-latest.sh

test-cgroup-v2:
	scripts/test-cgroup-v2.sh
