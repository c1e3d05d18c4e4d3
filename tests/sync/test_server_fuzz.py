"""schemathesis over the served OpenAPI schema, on a real server process per engine
(SQLite and PostgreSQL, the `server` fixture): no input makes the server answer 5xx, and
every answer matches the schema - its status codes, content types, bodies and headers -
for data the schema allows (accepted) and data it does not (refused with a 4xx).

Driven by hand (operation strategies + hypothesis) rather than schemathesis' pytest
plugin, so it shares the module's real server process fixture. The number of examples per
operation and mode is bounded: LINJU_FUZZ_EXAMPLES (default 25) - CI runs these under the
`fuzz` mark: pytest -m fuzz tests/sync/test_server_fuzz.py
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import requests
from linju_sync.protocol import codec

from tests.sync.conftest import BACKENDS, ServerProc, running_server

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.core.failures import FailureGroup  # noqa: E402

# A chunk of an upload (PATCH /api/v1/blobs/{sha}, tus-style) is bytes.
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")
EXAMPLES = int(os.environ.get("LINJU_FUZZ_EXAMPLES", "25"))
# The API's documented refusals of data the schema does not allow: 413 a body too large,
# 426 another protocol version (checked before the rest of the body), besides the usual.
REFUSALS = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "426", "429"]
# A chunk the schema allows may still run past its Upload-Length (400) or announce a file
# larger than an attachment may be (413): sizes the schema cannot relate.
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429"]
CONFIG = {
    "checks": {
        "negative_data_rejection": {"expected-statuses": REFUSALS},
        "positive_data_acceptance": {"expected-statuses": ACCEPTED},
    },
    "operations": [
        {
            "include-path": "/api/v1/blobs/{sha}",
            "include-method": "PATCH",
            "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, 400, 413]}},
        }
    ],
}
# The station's API; the district console's routes (server/web) are tested with it.
STATION_API = ("/api/v1/enroll", "/api/v1/sync", "/api/v1/checksums", "/api/v1/status",
               "/api/v1/blobs/", "/api/v1/community/")  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProc]:
    """The module's server, which gives a pipelined batch whose predecessor never comes
    (a generated after_seq) 1 s instead of 30 before its 409: within the fuzzer's timeout."""
    data = tmp_path_factory.mktemp(f"fuzz-{request.param}")
    with running_server(data, request.param, {"LINJU_PIPELINE_WAIT_S": "1"}) as proc:
        yield proc


def test_the_sync_schemas_are_the_codecs(server):
    """Not hand-written: the served schema of the sync routes is the codec's."""
    paths = requests.get(server.base + "/openapi.json", timeout=10).json()["paths"]
    sync = paths["/api/v1/sync"]["post"]
    body = sync["requestBody"]["content"]["application/json"]["schema"]
    assert body == codec.request_schema()
    answer = sync["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == codec.response_schema()
    sums = paths["/api/v1/checksums"]["get"]["responses"]["200"]["content"]
    assert sums["application/json"]["schema"] == codec.checksums_schema()


def probe(operation, mode, base: str, headers: list[dict[str, str]]) -> list[str]:
    """EXAMPLES generated cases of one operation in one mode, each sent with every set of
    headers; the failures of schemathesis' checks, described."""
    failures: list[str] = []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case) -> None:
        for h in headers:
            try:
                case.call_and_validate(base_url=base, headers=h, timeout=30)
            except FailureGroup as exc:
                kinds = ", ".join(sorted({f.title for f in exc.exceptions}))
                failures.append(f"{mode.value} {case.method} {case.path}: {kinds}\n{exc}")

    try:
        run()
    except Unsatisfiable:
        # nothing the schema refuses can be sent (a GET with an optional header)
        assert mode is schemathesis.GenerationMode.NEGATIVE, operation.label
    return failures


@pytest.mark.fuzz
def test_no_generated_request_gets_a_5xx_or_an_answer_off_the_schema(server, station):
    config = schemathesis.Config.from_dict(CONFIG)
    schema = schemathesis.openapi.from_url(server.base + "/openapi.json", config=config)
    operations = [r.ok() for r in schema.get_all_operations()]
    operations = [o for o in operations if o.path.startswith(STATION_API)]
    assert len(operations) >= 8
    failures: list[str] = []
    for operation in operations:
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):
            failures += probe(operation, mode, server.base, [{}, station.headers])
    summary = sorted({f.split("\n", 1)[0] for f in failures})
    assert failures == [], "\n".join(summary) + "\n\n" + "\n\n".join(f[:1500] for f in failures[:3])
