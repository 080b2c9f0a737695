from dashboard.views.context import page_context
from dashboard.views.lifecycles import render_lifecycles

render_lifecycles(*page_context())
