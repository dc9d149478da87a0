# Two commands for a fresh machine (see README):
#   make site   build the sample site (site.yaml, content/, themes/) into public/
#   make test   run every test: the HTML checker on the sample site, then swift test
.PHONY: site test deps bench

site:
	@scripts/ensure-deps.sh
	swift build -c release --product gongshi
	.build/release/gongshi build

test:
	@scripts/ensure-deps.sh --test
	swift build --build-tests
	scripts/validate-sample.sh .build/debug/gongshi
	swift test --skip-build

bench:
	@scripts/ensure-deps.sh
	bash bench/articles.sh
