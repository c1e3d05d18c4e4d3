"""schemathesis over the served OpenAPI schema: no input makes the server answer 5xx.

Driven by hand (operation strategies + hypothesis) rather than schemathesis' pytest
plugin, so it shares the module's real server process fixture."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402


def test_no_generated_request_gets_a_5xx(server, station):
    schema = schemathesis.openapi.from_url(server.base + "/openapi.json")
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 8
    failures: list[str] = []
    for operation in operations:

        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def probe(case) -> None:
            for headers in ({}, station.headers):
                r = case.call(base_url=server.base, headers=headers, timeout=30)
                if r.status_code >= 500:
                    failures.append(f"{case.method} {case.formatted_path}: {r.text[:200]}")

        probe()
    assert failures == []
