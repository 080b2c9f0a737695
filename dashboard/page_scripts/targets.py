from dashboard.views.context import page_context
from dashboard.views.targets import render_targets

render_targets(*page_context())
