"""The redaction rules (`data/rules/redaction.yaml`, read by `generator.rules` like every
rule file) resolved into what the text engine needs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from generator.rules import YAML_LOADER, RedactionFile, Rules
from generator.settings import DEFAULT_RULES_DIR


@dataclass(frozen=True, slots=True)
class PatternTables:
    """The tables behind the pattern detectors (`patterns.py`), as the rules give them."""

    im_cues: tuple[tuple[str, tuple[str, ...]], ...]  # kind -> cue words
    im_value_lead: tuple[str, ...]
    email_at_words: tuple[str, ...]
    email_dot_words: tuple[str, ...]
    email_tlds: tuple[str, ...]
    plate_first: str
    plate_last: str
    certificate_cues: tuple[str, ...]
    certificate_cue_suffixes: tuple[str, ...]
    landline_cues: tuple[str, ...]
    extension_words: tuple[str, ...]
    mobile_piece_cues: tuple[str, ...]
    spoken_digits: tuple[tuple[str, str], ...]
    address_units: tuple[str, ...]
    address_cues: tuple[str, ...]
    amount_units: tuple[tuple[str, str, float], ...]  # word, base unit, factor
    amount_multipliers: tuple[tuple[str, int], ...]
    income_cues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RedactionRules:
    """Everything the text engine needs from the rules, resolved once."""

    marker: str
    mask_char: str
    compound_surnames: tuple[str, ...]
    surnames: frozenset[str]
    cues: tuple[str, ...]
    stop_chars: frozenset[str]
    use_segmenter: bool
    rare_surnames: frozenset[str]
    cue_links: tuple[str, ...]
    list_links: tuple[str, ...]
    list_markers: tuple[str, ...]
    not_names: frozenset[str]
    place_suffixes: str
    org_suffixes: tuple[str, ...]
    not_in_org: str
    pinyin_surnames: frozenset[str]
    after_cues: tuple[str, ...]
    unknown_after_cue: bool
    role_suffixes: str
    title_endings: tuple[str, ...]
    masked_certificate_types: frozenset[str]
    keep_first: int
    keep_last: int
    # Occupations that are ordinary words too (销售, 财务, 电工): cues, but not before a
    # very common word (销售范围, 财务管理).
    occupation_cues: tuple[str, ...] = ()
    tables: PatternTables | None = None


@lru_cache(maxsize=1)
def _project_file() -> RedactionFile:
    """The project's own redaction.yaml: the tables a dataset's file leaves out."""
    path = DEFAULT_RULES_DIR / "redaction.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)  # noqa: S506 (safe loader)
    return RedactionFile(**data)


def _table(model: RedactionFile, name: str) -> Any:
    value = getattr(model, name)
    return value if value is not None else getattr(_project_file(), name)


def pattern_tables(model: RedactionFile) -> PatternTables:
    """The pattern tables of `model`, the project's where it leaves one out."""

    def t(name: str) -> Any:
        return _table(model, name)

    return PatternTables(
        im_cues=tuple((k, tuple(v)) for k, v in sorted(t("im_cues").items())),
        im_value_lead=tuple(t("im_value_lead")),
        email_at_words=tuple(t("email_at_words")),
        email_dot_words=tuple(t("email_dot_words")),
        email_tlds=tuple(t("email_tlds")),
        plate_first="".join(t("plate_first").split()),
        plate_last="".join(t("plate_last").split()),
        certificate_cues=tuple(t("certificate_cues")),
        certificate_cue_suffixes=tuple(t("certificate_cue_suffixes")),
        landline_cues=tuple(t("landline_cues")),
        extension_words=tuple(t("extension_words")),
        mobile_piece_cues=tuple(t("mobile_piece_cues")),
        spoken_digits=tuple(sorted(t("spoken_digits").items())),
        address_units=tuple(t("address_units")),
        address_cues=tuple(t("address_cues")),
        amount_units=tuple(
            (word, str(base), float(factor))
            for word, (base, factor) in sorted(t("amount_units").items())
        ),
        amount_multipliers=tuple(sorted((k, int(v)) for k, v in t("amount_multipliers").items())),
        income_cues=tuple(t("income_cues")),
    )


def redaction_rules(rules: Rules) -> RedactionRules:
    """The redaction rules of a build (the dataset's own file if it ships one)."""
    model = rules.redaction
    mask = rules.policy.mask
    return RedactionRules(
        marker=model.removed_marker,
        mask_char=mask.character,
        # Longest first, so that a longer compound is never cut at a shorter one.
        compound_surnames=tuple(sorted(mask.compound_surnames, key=len, reverse=True)),
        surnames=frozenset(model.surnames),
        cues=tuple(model.context_cues),
        stop_chars=frozenset(model.name_stop_chars),
        use_segmenter=model.use_segmenter,
        rare_surnames=frozenset(model.rare_surnames),
        cue_links=tuple(model.cue_links),
        list_links=tuple(model.list_links),
        list_markers=tuple(model.list_markers),
        not_names=frozenset(model.not_names),
        place_suffixes=model.place_suffixes,
        org_suffixes=tuple(model.org_suffixes),
        not_in_org=model.not_in_org,
        pinyin_surnames=frozenset(w.lower() for w in model.pinyin_surnames),
        after_cues=tuple(model.after_cues),
        unknown_after_cue=model.unknown_after_cue,
        role_suffixes=model.role_suffixes,
        occupation_cues=tuple(model.occupation_cues),
        title_endings=tuple(model.title_endings),
        masked_certificate_types=frozenset(model.masked_certificate_types),
        keep_first=mask.certificate_keep_first,
        keep_last=mask.certificate_keep_last,
        tables=pattern_tables(model),
    )


def tables_of(rules: RedactionRules) -> PatternTables:
    """The pattern tables of `rules` (the project's when it was made without them)."""
    return rules.tables if rules.tables is not None else pattern_tables(_project_file())
