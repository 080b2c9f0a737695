"""Pure functions over the processed tables: no Streamlit, no raw files."""
