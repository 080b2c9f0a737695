"""The README's commands, modules, options and page list are true of the repository."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from dashboard import config

README = (config.REPO_ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [
    line.split("#")[0].strip()
    for block in re.findall(r"```bash\n(.*?)```", README, re.S)
    for line in block.splitlines()
]


def test_the_two_set_up_commands_are_the_ones_dev_sh_implements():
    assert "./dev.sh run" in COMMANDS and "./dev.sh test" in COMMANDS
    script = (config.REPO_ROOT / "dev.sh").read_text(encoding="utf-8")
    assert "\n  run)\n" in script and "\n  test)\n" in script
    assert "./dev.sh test" in (config.REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_entry_file_named_in_the_readme_exists():
    for entry in re.findall(r"streamlit run (\S+)", README):
        assert (config.REPO_ROOT / entry.strip("`")).is_file(), entry
    assert "`dashboard/app.py`" in README


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.startswith("python -m ")])
def test_every_python_module_command_exists_with_the_options_shown(command):
    words = command.split()
    module = words[2]
    help_text = subprocess.run(
        [sys.executable, "-m", module, "--help"], cwd=config.REPO_ROOT, capture_output=True, text=True, timeout=120
    )
    assert help_text.returncode == 0, help_text.stderr
    for option in (word for word in words[3:] if word.startswith("--")):
        assert option in help_text.stdout, f"{option} is not an option of {module}"


def test_the_page_list_matches_the_navigation():
    from dashboard.views.navigation import PAGES

    listed = re.findall(r"^\d+\. \*\*(.+?)\*\*", README, re.M)
    assert listed == [page.title for page in PAGES]
    assert all(page.render.__name__ == f"render_{page.path}" for page in PAGES)


def test_product_code_never_imports_test_code():
    import ast

    for path in (config.REPO_ROOT / "dashboard").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(name == "tests" or name.startswith("tests.") for name in names), path
