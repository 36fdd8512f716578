"""Complainants' names the way a Dutch letter needs them: voorletters, roepnaam,
tussenvoegsel and achternaam, the salutation ("Geachte mevrouw Jonkman") and the name
line of the address block ("Mevrouw Z. Jonkman").

``split_name`` turns one typed name into parts, with ``certain`` saying whether the split
can be trusted; the migration of existing names and the Excel import use it, and where it
is not certain they keep the whole text as the surname (nothing is ever lost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Tussenvoegsels, written in lower case as they stand after a given name or initials.
# Longest first, so "van der" wins over "van".
_INFIXES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(phrase.split())
            for phrase in (
                "van",
                "van der",
                "van den",
                "van de",
                "van het",
                "van 't",
                "van ter",
                "van ten",
                "van de la",
                "de",
                "den",
                "der",
                "het",
                "'t",
                "'s",
                "ter",
                "ten",
                "te",
                "in 't",
                "in de",
                "in den",
                "in het",
                "in der",
                "op de",
                "op den",
                "op 't",
                "op het",
                "op ten",
                "uit de",
                "uit den",
                "uit het",
                "uijt de",
                "aan de",
                "aan den",
                "aan het",
                "bij de",
                "bij den",
                "over de",
                "onder de",
                "voor de",
                "voor den",
                "voor in 't",
                "la",
                "le",
                "les",
                "du",
                "des",
                "d'",
                "de la",
                "de le",
                "da",
                "dal",
                "del",
                "della",
                "di",
                "do",
                "dos",
                "das",
                "el",
                "al",
                "von",
                "von der",
                "von dem",
                "vom",
                "zu",
                "zum",
            )
        ),
        key=len,
        reverse=True,
    )
)
_INFIX_WORDS = frozenset(word for phrase in _INFIXES for word in phrase)


def is_infix_word(word: str) -> bool:
    """Whether ``word`` (lower case) is part of a Dutch infix such as "van der"."""
    return word in _INFIX_WORDS


_FEMALE = frozenset({"mevrouw", "mevr", "mevr.", "mw", "mw.", "mej", "mej.", "mejuffrouw"})
_MALE = frozenset({"de heer", "heer", "dhr", "dhr.", "meneer", "mr.", "hr.", "hr"})
_UNKNOWN = frozenset({"", "onbekend", "heer/mevrouw", "de heer/mevrouw"})
_GREETINGS = ("geachte", "beste", "hallo", "dear")
# Stored forms of the aanhef (the intake's choices); other texts are kept as typed.
FEMALE = "Mevrouw"
MALE = "De heer"
INFORMAL = "Beste"
SALUTATIONS = (FEMALE, MALE, INFORMAL)

# One initial: a capital with an optional dot, or the Dutch "IJ" and short forms such as
# "Th." and "Chr.", which are only initials with their dot.
_INITIAL = re.compile(r"(?:IJ|[^\W\d_])\.|(?:Th|Ch|Chr|Ph|Joh|Jac|Wm)\.|IJ|[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class NameParts:
    """A name in the parts a Dutch letter uses; ``certain`` is False when the split is only
    a proposal (a foreign name, several given names, a capitalised tussenvoegsel inside)."""

    initials: str | None = None  # "Z.A."
    first_name: str | None = None  # roepnaam: "Zoë"
    infix: str | None = None  # tussenvoegsel, lower case: "van der"
    surname: str | None = None  # "Berg", "Jansen-de Vries"
    salutation: str | None = None  # when the text began with one ("Mevrouw Z. Jonkman")
    certain: bool = True

    @property
    def empty(self) -> bool:
        return not (self.initials or self.first_name or self.infix or self.surname)


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def _initials_of(token: str) -> str | None:
    """``"Z.A."``, ``"ZA"``, ``"Z"``, ``"J.Th."`` as initials written with dots; None when
    ``token`` is not a run of initials."""
    pieces = _INITIAL.findall(token)
    if not pieces or "".join(pieces) != token:
        return None
    if any(not p[:1].isupper() for p in pieces):
        return None
    if "." not in token and len(token) > 3:
        return None  # "JANSEN" is a surname in capitals, not six initials
    if "." not in token and len(token) > 1 and not token.isupper():
        return None  # "Li", "Bo": a name
    if "." not in token and len(pieces) > 1 and any(len(p) > 1 for p in pieces):
        return None
    return "".join(p if p.endswith(".") else f"{p}." for p in pieces)


def clean_initials(text: str) -> str:
    """Initials as typed (``"za"``, ``"Z A"``, ``"Z.A"``) written the usual way: ``Z.A.``;
    a text that is no run of initials is kept as typed."""
    compact = "".join(text.split())
    if compact.replace(".", "").isalpha() and "." not in compact and len(compact) <= 4:
        compact = compact.upper()
    if "." in compact and not compact.endswith("."):
        compact += "."
    return _initials_of(compact) or " ".join(text.split())


def _infix_at(words: list[str], start: int) -> int:
    """How many words from ``start`` form a tussenvoegsel (0: none)."""
    lowered = [w.lower().replace("’", "'") for w in words[start:]]
    for phrase in _INFIXES:
        if tuple(lowered[: len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _tokens(text: str) -> list[str]:
    words: list[str] = []
    for word in text.split():
        plain = word.replace("’", "'")
        # "d'Ancona": the tussenvoegsel is written against the surname.
        if plain[:2].lower() == "d'" and len(plain) > 2:
            words.extend((plain[:2].lower(), plain[2:]))
        else:
            words.append(word)
    return words


def _is_name_word(word: str) -> bool:
    return bool(_WORD.fullmatch(word.replace("’", "'")))


def _surname_ok(words: list[str]) -> bool:
    """One word, or a double surname with a tussenvoegsel in its second half:
    ``Jansen-de Vries``, ``Jansen-van der Berg``."""
    if len(words) == 1:
        return _is_name_word(words[0])
    head, rest = words[0], words[1:]
    if "-" not in head:
        return False
    tail = head.rsplit("-", 1)[1].lower()
    middle = [tail, *(w.lower() for w in rest[:-1])]
    return (
        all(w in _INFIX_WORDS for w in middle)
        and _is_name_word(rest[-1])
        and rest[-1][:1].isupper()
    )


def _salutation_prefix(words: list[str]) -> tuple[str | None, list[str]]:
    if len(words) >= 3 and " ".join(words[:2]).lower() == "de heer":
        return MALE, words[2:]
    if len(words) >= 2:
        first = words[0].lower()
        if first in _FEMALE:
            return FEMALE, words[1:]
        if first in _MALE - {"mr.", "heer"}:
            return MALE, words[1:]
    return None, words


def _given(words: list[str]) -> tuple[str | None, str | None, bool]:
    """(initials, first name, certain) of the words before the tussenvoegsel/surname."""
    if not words:
        return None, None, True
    initials = [i for i in (_initials_of(w) for w in words) if i]
    if len(initials) == len(words):
        return "".join(initials), None, True
    if len(words) == 1 and _is_name_word(words[0]) and words[0][:1].isupper():
        return None, words[0], True
    return None, " ".join(words), False


def _split_comma(text: str) -> NameParts | None:
    """``"Vries, Jan de"``, ``"Jonkman, Z."``, ``"van Dijk, J."``."""
    surname_text, _, given_text = (p.strip() for p in text.partition(","))
    if not surname_text or not given_text or "," in given_text:
        return None
    given = _tokens(given_text)
    infix: list[str] = []
    while len(given) > 1 and given[-1].lower() in _INFIX_WORDS and given[-1].islower():
        infix.insert(0, given.pop())
    surname_words = _tokens(surname_text)
    lead = _infix_at(surname_words, 0)
    if lead and lead < len(surname_words) and not infix:
        infix, surname_words = [w.lower() for w in surname_words[:lead]], surname_words[lead:]
    initials, first_name, certain = _given(given)
    certain = certain and _surname_ok(surname_words)
    return NameParts(
        initials=initials,
        first_name=first_name,
        infix=" ".join(infix) or None,
        surname=" ".join(surname_words),
        certain=certain,
    )


def split_name(text: str | None) -> NameParts:
    """The parts of a name typed as one text; ``certain`` False when it is a guess.

    ``"Z. Jonkman"`` → initials ``Z.``; ``"Zoë Jonkman"`` → first name Zoë; ``"J. van der
    Berg"`` → tussenvoegsel ``van der``; ``"Nguyen Van An"`` → a proposal, not certain.
    """
    clean = _clean(text)
    if clean is None:
        return NameParts()
    if "," in clean:
        parts = _split_comma(clean)
        return parts if parts is not None else NameParts(surname=clean, certain=False)
    salutation, words = _salutation_prefix(_tokens(clean))
    if any(not (_is_name_word(w) or _initials_of(w) or w.lower() in _INFIX_WORDS) for w in words):
        # Digits, "&", "Fam.", brackets: not a person's name as the parts can hold it.
        return NameParts(surname=clean, salutation=salutation, certain=False)
    # Where does the surname (with its tussenvoegsel) begin? At a double surname with a
    # tussenvoegsel in its second half, else at the first tussenvoegsel after the given
    # names, else at the last word.
    start = next(
        (
            i
            for i, word in enumerate(words)
            if "-" in word
            and word.rsplit("-", 1)[1].lower() in _INFIX_WORDS
            and _surname_ok(words[i:])
        ),
        None,
    )
    if start is None:
        start = next(
            (i for i in range(len(words)) if 0 < _infix_at(words, i) < len(words) - i),
            len(words) - 1,
        )
    size = _infix_at(words, start)
    infix_words = words[start : start + size]
    surname_words = words[start + size :]
    initials, first_name, certain = _given(words[:start])
    # A capitalised tussenvoegsel after a given name ("Nguyen Van An", Belgian "Jan Van
    # Dijck") may belong to the surname, or not be one at all.
    if start > 0 and infix_words and not infix_words[0].islower():
        certain = False
        surname_words = [*infix_words, *surname_words]
        infix_words = []
    certain = certain and _surname_ok(surname_words)
    return NameParts(
        initials=initials,
        first_name=first_name,
        infix=" ".join(w.lower() for w in infix_words) or None,
        surname=" ".join(surname_words) or None,
        salutation=salutation,
        certain=certain,
    )


def stored_parts(text: str | None) -> NameParts:
    """What to store for an old single-field name: the split when it is certain, else the
    whole text as the surname."""
    parts = split_name(text)
    if parts.certain:
        return parts
    return NameParts(surname=_clean(text), certain=False)


def _capitalised(infix: str) -> str:
    """``van der`` → ``Van der``; ``'t`` stays as it is (no capital after an apostrophe)."""
    if infix.startswith(("'", "’")):
        return infix
    return infix[:1].upper() + infix[1:]


def _join(infix: str | None, surname: str | None) -> str:
    if not infix:
        return surname or ""
    if not surname:
        return infix
    glue = "" if infix.endswith(("'", "’")) and len(infix) <= 2 else " "
    return f"{infix}{glue}{surname}"


def surname_for_greeting(parts: NameParts) -> str | None:
    """``Van der Berg``: the surname with a capitalised tussenvoegsel, as it stands without
    initials or a first name before it."""
    infix = _clean(parts.infix)
    surname = _clean(parts.surname)
    if not surname and not infix:
        return None
    return _join(_capitalised(infix) if infix else None, surname)


def full_name(parts: NameParts) -> str | None:
    """The display name stored in ``Complainant.name``: ``Zoë Jonkman``, ``J. van der
    Berg``, ``Van der Berg``."""
    given = _clean(parts.first_name) or _clean(parts.initials)
    if not given:
        return surname_for_greeting(parts)
    rest = _join(_clean(parts.infix), _clean(parts.surname))
    return f"{given} {rest}".strip()


def _kind(salutation: str | None) -> str:
    return " ".join((salutation or "").split())


def greeting(salutation: str | None, parts: NameParts) -> str:
    """The letter's opening, without the comma: ``Geachte mevrouw Jonkman``, ``Geachte heer
    Van der Berg``, ``Geachte heer/mevrouw Jonkman`` when the aanhef is unknown."""
    surname = surname_for_greeting(parts)
    kind = _kind(salutation)
    lowered = kind.lower()
    if lowered == "beste":
        name = _clean(parts.first_name) or full_name(parts)
        return f"Beste {name}" if name else "Geachte heer/mevrouw"
    if not surname:
        return "Geachte heer/mevrouw"
    if lowered in _FEMALE:
        return f"Geachte mevrouw {surname}"
    if lowered in _MALE:
        return f"Geachte heer {surname}"
    if lowered in _UNKNOWN:
        return f"Geachte heer/mevrouw {surname}"
    if lowered.startswith(_GREETINGS):
        return f"{kind} {surname}"
    return f"Geachte {kind[:1].lower()}{kind[1:]} {surname}"


def addressee(salutation: str | None, parts: NameParts) -> str | None:
    """The name line of the address block: ``Mevrouw Z. Jonkman``, ``De heer J. van der
    Berg``; initials before a first name, as the post writes them."""
    given = _clean(parts.initials) or _clean(parts.first_name)
    name: str | None
    if given:
        name = f"{given} {_join(_clean(parts.infix), _clean(parts.surname))}".strip()
    else:
        name = surname_for_greeting(parts)
    if not name:
        return None
    lowered = _kind(salutation).lower()
    if lowered in _FEMALE:
        return f"Mevrouw {name}"
    if lowered in _MALE:
        return f"De heer {name}"
    return name


def parts_of(person: object) -> NameParts:
    """The parts of anything with the complainant's name attributes; an old record with
    only ``name`` is split on the fly, whole as the surname when unsure."""
    parts = NameParts(
        initials=getattr(person, "initials", None),
        first_name=getattr(person, "first_name", None),
        infix=getattr(person, "infix", None),
        surname=getattr(person, "surname", None),
    )
    if parts.empty:
        return replace(stored_parts(getattr(person, "name", None)), salutation=None)
    return parts
