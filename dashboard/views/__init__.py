"""Streamlit pages: render_* functions that call analysis and chart builders, then draw."""
