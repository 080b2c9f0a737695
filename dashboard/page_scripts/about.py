from dashboard.views.about import render_about
from dashboard.views.context import page_context

render_about(page_context()[0])
