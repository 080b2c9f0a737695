from dashboard.views.context import page_context
from dashboard.views.ledger import render_ledger

render_ledger(*page_context())
