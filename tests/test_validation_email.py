"""check_email's fast path for plain addresses gives email-validator's answers."""

from __future__ import annotations

import random

import email_validator
import pytest
from email_validator import EmailNotValidError, validate_email

from app.services.validation import FieldError, check_email


def _reference(text: str) -> str | None:
    """What email-validator alone makes of an address (None: refused)."""
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def _ours(text: str) -> str | None:
    try:
        return check_email(text)
    except FieldError:
        return None


EDGE_CASES = [
    "proef.klager@voorbeeld.nl",
    "Proef.Klager@voorbeeld.nl",
    "proef@Voorbeeld.NL",
    "proef+post@sub.voorbeeld.nl",
    "a_b%c-d@voorbeeld.com",
    "proef..klager@voorbeeld.nl",
    ".proef@voorbeeld.nl",
    "proef.@voorbeeld.nl",
    "proef@voorbeeld",
    "proef@voorbeeld.n",
    "proef@voorbeeld.123",
    "proef@-voorbeeld.nl",
    "proef@voorbeeld-.nl",
    "proef@voor--beeld.nl",
    "proef@xn--bcher-kva.nl",
    "proef@ab--cd.nl",
    "proef@voorbeeld.test",
    "proef@voorbeeld.local",
    "proef@localhost",
    "proef@voorbeeld.invalid",
    "proef@x.onion",
    "proef@in-addr.arpa",
    "proef@example.com",
    "x" * 64 + "@voorbeeld.nl",
    "x" * 65 + "@voorbeeld.nl",
    "p@" + "a" * 63 + ".nl",
    "p@" + "a" * 64 + ".nl",
    "p@" + ".".join(["a" * 60] * 4) + ".nl",
    "p@" + ".".join(["a" * 61] * 4) + ".nl",
    "proef@voorbeeld.nl.",
    "proef@@voorbeeld.nl",
    "proef@voorbeeld..nl",
    "proef@1.2.3.4",
    "proef@voorbeeld.co1",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_match_email_validator(text: str) -> None:
    assert _ours(text) == _reference(text)


def test_random_addresses_match_email_validator() -> None:
    pick = random.Random(14)
    local_chars = "abcXYZ019._%+-"
    domain_chars = "abcxyz09.-"
    for _ in range(3000):
        local = "".join(pick.choice(local_chars) for _ in range(pick.randint(1, 8)))
        domain = "".join(pick.choice(domain_chars) for _ in range(pick.randint(1, 10)))
        tld = pick.choice(["nl", "com", "NL", "test", "n", "c0m", "museum", ""])
        text = f"{local}@{domain}.{tld}" if tld else f"{local}@{domain}"
        assert _ours(text) == _reference(text), text


def test_plain_address_skips_email_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counting(text: str, **kwargs: object) -> object:
        calls.append(text)
        return validate_email(text, **kwargs)  # type: ignore[arg-type]

    # Patched in its own module: the validation module imports it when first needed.
    monkeypatch.setattr(email_validator, "validate_email", counting)
    assert check_email("proef.klager@voorbeeld.nl") == "proef.klager@voorbeeld.nl"
    assert calls == []
    # Anything unusual still goes to email-validator.
    assert check_email("Proef@Voorbeeld.NL") == "Proef@voorbeeld.nl"
    assert calls == ["Proef@Voorbeeld.NL"]
