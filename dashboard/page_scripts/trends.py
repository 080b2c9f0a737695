from dashboard.views.context import page_context
from dashboard.views.trends import render_trends

render_trends(*page_context())
