"""Use cases and rules. Plain Python: no Qt here. Services return plain data, never ORM
objects, and every write checks permission, validates, is audited and commits as one."""
