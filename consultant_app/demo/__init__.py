"""Demo data: ``consultant-app demo [--db PATH] [--seed N] [--size small|large]``.

:func:`generate_demo` fills an empty database with consultants, interns, hosts,
mentors, training plans and internships in every status with their whole
roadmap, reproducibly from a seed.
"""

from consultant_app.demo.errors import DemoError
from consultant_app.demo.generator import SIZES, DemoSummary, generate_demo
from consultant_app.demo.producer import DemoSize

__all__ = ["SIZES", "DemoError", "DemoSize", "DemoSummary", "generate_demo"]
