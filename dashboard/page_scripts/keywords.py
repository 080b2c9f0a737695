from dashboard.views.context import page_context
from dashboard.views.keywords import render_keywords

render_keywords(*page_context())
