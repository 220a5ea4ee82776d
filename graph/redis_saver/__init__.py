"""A LangGraph checkpointer on core Redis commands: see saver.py and keys.py."""

from graph.redis_saver.saver import RedisSaver

__all__ = ["RedisSaver"]
