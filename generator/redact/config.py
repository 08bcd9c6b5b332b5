"""The redaction rules (`data/rules/redaction.yaml`, read by `generator.rules` like every
rule file) resolved into what the text engine needs."""

from __future__ import annotations

from dataclasses import dataclass

from generator.rules import Rules


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
        title_endings=tuple(model.title_endings),
        masked_certificate_types=frozenset(model.masked_certificate_types),
        keep_first=mask.certificate_keep_first,
        keep_last=mask.certificate_keep_last,
    )
