__all__ = ["exported", "also"]
exported = "e"
also = "a"
hidden = "h"
