"""The Hosts view and its parts.

:mod:`.view` holds :class:`HostsView`, the list with the selected host's
company form; :mod:`.quota` the weeks quota box; :mod:`.mentors` and
:mod:`.plans` the tabs of the host's mentors and training policy plans.
"""

from __future__ import annotations

from consultant_app.ui.views.hosts.view import HostsView

__all__ = ["HostsView"]
