"""Plain-Python domain: enums, value objects, programme rules and figures. No Qt, no session."""
