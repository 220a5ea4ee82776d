"""Crisis resources by region, from a file an operator can replace.

`graph/data/resources.json` ships a sensible international default and a few regions;
`MIND_RESOURCES_FILE` points at an operator's own file of the same shape. The region comes from
the run's Context, else `MIND_REGION`, else the default. A broken file is an error at first use,
never a crisis screen without numbers.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from graph.inputs import InputError

SHIPPED = Path(__file__).resolve().parent / "data" / "resources.json"
FILE_ENV = "MIND_RESOURCES_FILE"
REGION_ENV = "MIND_REGION"


class ResourceFileError(ValueError):
    pass


class Line(BaseModel):
    name: str = Field(min_length=1)
    contact: str = Field(min_length=1)


class Region(BaseModel):
    name: str = Field(min_length=1)
    emergency: str = Field(min_length=1)
    lines: list[Line] = Field(min_length=1)


class ResourceFile(BaseModel):
    description: str = ""
    default: Region
    regions: dict[str, Region] = Field(default_factory=dict)


@lru_cache(maxsize=4)
def _load(path: str) -> ResourceFile:
    try:
        return ResourceFile.model_validate_json(Path(path).read_bytes())
    except OSError as err:
        raise ResourceFileError(f"{FILE_ENV}: cannot read {path}: {err.strerror}") from None
    except ValidationError as err:
        raise ResourceFileError(f"{FILE_ENV}: {path} is not a valid resource file: "
                                f"{err.errors()[0]['loc']} {err.errors()[0]['msg']}") from None


def resource_file() -> ResourceFile:
    return _load(os.environ.get(FILE_ENV, "").strip() or str(SHIPPED))


def validate_region(region: str) -> str:
    """A two-letter region code (ISO 3166-1 alpha-2); unknown codes are fine and get the default."""
    code = region.strip().upper()
    if len(code) != 2 or not code.isalpha() or not code.isascii():
        raise InputError(f"region must be a two-letter country code such as 'GB' or 'US', got {region[:20]!r}")
    return code


def region_of(region: str | None) -> Region:
    code = (region or os.environ.get(REGION_ENV, "")).strip().upper()
    file = resource_file()
    return file.regions.get(code, file.default)


def resources_text(region: str | None = None) -> str:
    """The resources as a few lines the CLI and the API can show as they are."""
    chosen = region_of(region)
    lines = [f"If you are in danger or thinking about ending your life, please reach out now ({chosen.name}):",
             f"  - Emergency: {chosen.emergency}."]
    lines += [f"  - {line.name}: {line.contact}." for line in chosen.lines]
    return "\n".join(lines)


def resources_json(region: str | None = None) -> dict:
    return json.loads(region_of(region).model_dump_json())
