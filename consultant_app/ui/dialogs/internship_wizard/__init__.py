"""The "New internship" wizard: parties, function and dates, convention, check.

Every page checks its own fields with the service's ``validate_internship``
as the user types and shows the errors under them; Next stays disabled while
one is wrong. The last page lists the programme rules of the planned
internship; a failing rule does not stop the draft (the rules are enforced
when the convention is sent for signature). Finish creates the draft.

While it is filled in, the wizard keeps its values as a form draft in the
database (two seconds after the last change), so that a crash loses seconds
only: the window offers it back at the next start and the wizard reopens
filled in. Finishing or cancelling the wizard deletes that form draft.

:mod:`.wizard` holds :class:`InternshipWizard`; :mod:`.fields` the form values
and their editors; :mod:`.page` a page of captioned fields; :mod:`.parties`,
:mod:`.plan` (with the :mod:`.schedule` editor), :mod:`.convention` and
:mod:`.check` the four pages; :mod:`.draft` the form draft.
"""

from __future__ import annotations

from consultant_app.ui.dialogs.internship_wizard.wizard import InternshipWizard

__all__ = ["InternshipWizard"]
