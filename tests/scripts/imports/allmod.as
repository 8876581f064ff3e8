# Helper with __all__ restricting from-import-star.
__all__ = ["exported", "_special"]
exported = 1
_special = 2
not_listed = 3
