from ..sub import echo as parent_echo
