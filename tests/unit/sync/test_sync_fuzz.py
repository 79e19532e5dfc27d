"""Fuzz targets, one per parser: whatever the bytes, only BundleRejected may escape.

A bounded run is part of `make test`; `make fuzz` runs the same targets much longer
(OCO_FUZZ_EXAMPLES). Inputs are random bytes and mutations of real, valid inputs."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oco_desktop.domain.errors import BundleRejected, InvalidInput
from oco_desktop.sync import columns, container, keys, manifest, records, wire

EXAMPLES = int(os.environ.get("OCO_FUZZ_EXAMPLES", "150"))
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SITE = "01a22000-0000-7000-8000-000000000001"
GOOD_LINE = (
    b'{"c":{"name":[131000000000000000,0,1,["S\xc4\x81lote"]]},'
    b'"id":"01a22000-0000-7000-8000-000000000002","t":"staff"}\n'
)


def _mutations(seed: bytes):
    return st.builds(
        lambda cuts, flips, tail: _mutate(seed, cuts, flips, tail),
        st.lists(st.integers(0, max(len(seed) - 1, 0)), max_size=3),
        st.lists(st.tuples(st.integers(0, max(len(seed) - 1, 0)), st.integers(0, 255)), max_size=8),
        st.binary(max_size=64),
    )


def _mutate(seed: bytes, cuts, flips, tail) -> bytes:
    data = bytearray(seed)
    for position, value in flips:
        if position < len(data):
            data[position] = value
    for cut in cuts:
        data = data[:cut] + data[cut + 1 :]
    return bytes(data) + tail


def _only_rejections(parse, data: bytes) -> None:
    try:
        parse(data)
    except BundleRejected as exc:
        assert exc.message


@pytest.fixture(scope="module")
def sample_bundle() -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    outer = container.Outer("TO", "SEC", "0123456789abcdef", "01a22000-0000-7000-8000-00000000000a")
    recipient = X25519PrivateKey.generate()
    payload = container.compress(GOOD_LINE)
    return container.seal(
        outer, {"x": 1}, payload, Ed25519PrivateKey.generate(), recipient.public_key()
    )


@fuzz
@given(st.one_of(st.binary(max_size=600), _mutations(container.MAGIC + b"\0\0\0\x10{}")))
def test_outer_header_parser(data):
    _only_rejections(container.read_outer, data)


def test_outer_header_parser_on_mutated_real_bundles(sample_bundle):
    @fuzz
    @given(_mutations(sample_bundle[:400]))
    def run(data):
        _only_rejections(container.read_outer, data)

    run()


@fuzz
@given(
    st.one_of(
        st.binary(max_size=400),
        _mutations(
            container.split(b"x" * 9000, "01a22000-0000-7000-8000-00000000000b", 4096)[0][:300]
        ),
    )
)
def test_part_parser(data):
    _only_rejections(container.read_part, data)


@fuzz
@given(
    st.one_of(
        st.binary(max_size=800),
        _mutations(
            wire.canonical(
                {
                    "fmt": 1,
                    "schema": 1,
                    "min_reader_schema": 1,
                    "app": "0.1.0",
                    "kind": "full",
                    "bundle_id": SITE,
                    "bundle_seq": 1,
                    "created_hlc": 1,
                    "sender": {
                        "site": "TO",
                        "replica": SITE,
                        "kid": "k",
                        "card": {"name": "n", "ed25519": "A" * 43 + "=", "x25519": "A" * 43 + "="},
                    },
                    "recipient": {"site": "SEC", "kid": "k"},
                    "since_seq": 0,
                    "upto_seq": 1,
                    "acks": {},
                    "sites": [SITE],
                    "payload": {
                        "codec": "zstd",
                        "len": 1,
                        "sha256": "s",
                        "raw_len": 1,
                        "raw_sha256": "s",
                        "counts": {},
                    },
                }
            )
        ),
    )
)
def test_manifest_parser(data):
    _only_rejections(manifest.parse, data)


@fuzz
@given(st.one_of(st.binary(max_size=800), _mutations(GOOD_LINE * 2)))
def test_record_decoder(data):
    _only_rejections(lambda raw: list(records.decode(raw, [SITE])), data)


def _good_block() -> bytes:
    stamp = 131000000000000000
    record = records.Record(
        "staff",
        "01a22000-0000-7000-8000-000000000002",
        {
            "name": records.GroupChange(stamp, SITE, 1, ("S\u0101lote",)),
            "status": records.GroupChange(stamp - 3, SITE, 0, ("left", "2025-03-01")),
            "erased": records.GroupChange(stamp, SITE, 0, (False,)),
        },
    )
    return columns.encode(columns.tables_of([record]), [SITE])


@fuzz
@given(st.one_of(st.binary(max_size=800), _mutations(_good_block() * 2)))
def test_columnar_decoder(data):
    _only_rejections(lambda raw: columns.decode(raw, [SITE]), data)


@fuzz
@given(st.binary(max_size=300), st.integers(0, 10**9))
def test_bounded_decompression(data, declared):
    _only_rejections(lambda raw: container.decompress(raw, declared), data)


@fuzz
@given(
    st.one_of(
        st.binary(max_size=600),
        _mutations(keys.generate("SEC", "OCO Secretariat").card_file_bytes()),
    )
)
def test_key_card_parser(data):
    try:
        keys.read_card(data)
    except InvalidInput as exc:
        assert exc.message
