"""Where sessions persist. Embedded default: SQLite at MIND_DB_PATH (Redis arrives in Step 2)."""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver


def default_db_path() -> Path:
    """MIND_DB_PATH, else the user's data directory (XDG_DATA_HOME or ~/.local/share)/mind/mind.sqlite."""
    if os.environ.get("MIND_DB_PATH"):
        return Path(os.environ["MIND_DB_PATH"]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "mind" / "mind.sqlite"


@asynccontextmanager
async def open_checkpointer(path: Path | None = None) -> AsyncIterator[BaseCheckpointSaver]:
    db = path or default_db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    async with AsyncSqliteSaver.from_conn_string(str(db)) as saver:
        yield saver
