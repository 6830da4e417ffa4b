"""The hub's address: parsed with a clear refusal, TLS checked except on this computer."""

from __future__ import annotations

import pytest

from consultant_app.store.sync.hub import HubAddress, HubError, connection_params


def test_a_remote_hub_is_reached_over_tls_with_its_certificate_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGSSLROOTCERT", raising=False)
    address = HubAddress.parse("postgresql://sofie:s3cret@hub.example.be/fund")
    params = connection_params(address)
    assert params["sslmode"] == "verify-full"
    assert params["sslrootcert"] == "system"
    assert params["password"] == "s3cret"
    assert address.safe_url == "postgresql://sofie@hub.example.be:5432/fund"


def test_a_hub_on_this_computer_needs_no_certificate() -> None:
    for host in ("localhost", "127.0.0.1", "[::1]"):
        params = connection_params(HubAddress.parse(f"postgresql://sofie@{host}:5433/fund"))
        assert params["sslmode"] == "prefer" and "sslrootcert" not in params


@pytest.mark.parametrize(
    "url",
    ["http://hub.example.be/fund", "postgresql://hub.example.be/fund", "postgresql://a@b"],
)
def test_a_wrong_address_is_refused_with_the_expected_form(url: str) -> None:
    with pytest.raises(HubError, match="postgresql://ROLE@"):
        HubAddress.parse(url)
