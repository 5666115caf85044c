"""Shared helpers of the page templates (pages_a/b/c.py)."""
PAGES = []


def page(**kw):
    PAGES.append(kw)


def E(type, status, must, slots, evidence, key=None, optional=False, note=None):
    """One gold event; key defaults to must (no category fallbacks or metonyms to drop)."""
    ev = {"type": type, "must": must, "key": key if key is not None else must, "status": status,
          "slots": slots, "evidence": evidence}
    if optional:
        ev["optional"] = True
    if note:
        ev["note"] = note
    return ev
