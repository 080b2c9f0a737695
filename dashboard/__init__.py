"""Government Work Report dashboard: pipeline, analysis and Streamlit views."""
