"""Step 2 of events: fill each trigger's slots from its clause.

A party's role is read from what stands right before it (:func:`marker_of`): a strong marker
(``fourni par``, ``auprès de``, ``destinés au``) gives the role whatever the verb; otherwise
the trigger's frame (``resources/events/triggers.json``) maps its preposition (``à``, ``par``,
``avec``, ``entre`` ...) to a role; a party with no preposition before the trigger is the
subject, right after it the object. Determiners, title nouns (``la société``, ``le groupe``)
and nationality adjectives between the preposition and the party are skipped, so
``auprès de l'israélien Elbit Systems`` gives the supplier. Coordinated parties
(``entre A et B``, ``des X, des Y et des Z``) share the role of the first.

What the clause leaves unsaid is inferred and marked (``attrs["supplier_inferred"]``,
``attrs["recipient_inferred"]``, ``attrs["host_inferred"]``): the supplier from the system's
maker (its mention in the document, else the maker's record at the system's span) or a
nationality adjective next to it; the recipient from the previous transfer of the document or
the document's most mentioned country; a maker taken as recipient swaps roles.

Cost: each entity looks back over at most a few tokens; each trigger scans its clause once,
so a sentence costs O(tokens + entities x triggers-in-clause) and clauses end at the next
trigger of the same type (linear in the sentence).

The fillers, one module per event type (:mod:`.transfer`, :mod:`.agreement`, :mod:`.visit`,
:mod:`.exercise`, :mod:`.industry`), share :mod:`.common` (markers, roles, status, inference,
event building); :mod:`.entities` adds the entities they read beyond the tagger's.
"""

from .agreement import agreement_mentions
from .common import STATUS_ORDER, Context, clause_status, country, is_party, marker_of, roles
from .entities import (
    company_names,
    drop_inferred,
    focus_parties,
    nationality_entities,
    token_fix,
)
from .exercise import exercise_mentions
from .industry import industry_mentions
from .transfer import arms_mentions
from .visit import visit_mentions

__all__ = ["STATUS_ORDER", "Context", "agreement_mentions", "arms_mentions", "clause_status", "company_names",
           "country", "drop_inferred", "exercise_mentions", "focus_parties", "industry_mentions",
           "is_party", "marker_of", "nationality_entities", "roles", "token_fix",
           "visit_mentions"]
