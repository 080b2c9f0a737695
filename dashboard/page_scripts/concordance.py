from dashboard.views.concordance import render_concordance
from dashboard.views.context import page_context

render_concordance(*page_context())
