from dashboard.views.context import page_context
from dashboard.views.overview import render_overview

render_overview(*page_context())
