"""Open-data terms: the dataset's licence (from `dataset.yaml`, else a default the operator
must confirm) and its DCAT description, shared by the data page and `datapackage.json`.

DCAT-AP is the vocabulary data portals harvest; schema.org's Dataset is what search
engines read. The data page carries both, each as a JSON-LD data block.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.config import DatasetConfig


@dataclass(frozen=True, slots=True)
class OpenDataTerms:
    licence_id: str  # SPDX identifier where there is one
    licence_title: str
    licence_url: str
    default: bool  # True: nobody chose it in dataset.yaml; the operator must confirm it


# Attribution only: reuse stays free while the office is named as the source. A default
# is a proposal, not a decision: the data page and the build summary say so until the
# dataset's `licence:` states the office's own choice.
DEFAULT_TERMS = OpenDataTerms(
    "CC-BY-4.0",
    "知识共享署名 4.0 国际许可协议（CC BY 4.0）",
    "https://creativecommons.org/licenses/by/4.0/deed.zh-hans",
    default=True,
)


def terms_of(config: DatasetConfig) -> OpenDataTerms:
    """The dataset's licence, or the default when dataset.yaml names none."""
    licence = config.licence
    if licence is None:
        return DEFAULT_TERMS
    return OpenDataTerms(licence.id, licence.title or licence.id, licence.url, default=False)


def datapackage_licences(terms: OpenDataTerms) -> list[dict[str, str]]:
    """Frictionless Data Package `licenses`."""
    return [{"name": terms.licence_id, "path": terms.licence_url, "title": terms.licence_title}]


def dcat_dataset(
    terms: OpenDataTerms,
    *,
    title: str,
    description: str,
    publisher: str,
    site_url: str,
    issued: str,
    distributions: Sequence[tuple[str, str, str]],  # (site path, media type, title)
    locked: Mapping[str, str],
) -> dict[str, object]:
    """A DCAT-AP style description of the published dataset, as JSON-LD."""
    licence = {"@id": terms.licence_url, "dct:identifier": terms.licence_id}
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": f"{site_url}data/#dataset",
        "@type": "dcat:Dataset",
        "dct:title": {"@language": "zh-CN", "@value": title},
        "dct:description": {"@language": "zh-CN", "@value": description},
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": publisher},
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/ZHO"},
        "dct:modified": {"@type": "xsd:date", "@value": issued},
        "dct:license": licence,
        "dct:accessRights": {
            "@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
        },
        "dcat:landingPage": {"@id": f"{site_url}data/"},
        "dcat:distribution": [
            {
                "@type": "dcat:Distribution",
                "dct:title": name,
                "dcat:accessURL": {"@id": f"{site_url}data/"},
                "dcat:downloadURL": {"@id": site_url + path},
                "dcat:mediaType": media,
                "dct:license": licence,
            }
            for path, media, name in distributions
        ],
        # Which program made the files (provenance), by the versions it was locked to.
        "dct:provenance": {
            "@type": "dct:ProvenanceStatement",
            "dct:description": "creditsite; "
            + ", ".join(f"{k} {v}" for k, v in sorted(locked.items())),
        },
    }
