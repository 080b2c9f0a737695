from dashboard.views.context import page_context
from dashboard.views.read import render_read

render_read(*page_context())
