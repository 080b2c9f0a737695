from dashboard.views.context import page_context
from dashboard.views.rural import render_rural

render_rural(*page_context())
