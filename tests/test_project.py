"""Project set-up: environment.yml mirrors pyproject/Makefile; fonts; notebooks execute."""

import re
import subprocess
import sys
import warnings

import pytest

from govdata.paths import PROJ_ROOT


def test_environment_yml_mirrors_the_pip_install():
    env = (PROJ_ROOT / "environment.yml").read_text()
    make = (PROJ_ROOT / "Makefile").read_text()
    extras = re.search(r"^EXTRAS\s*:=\s*(\S+)", make, re.MULTILINE).group(1)
    assert f"-e .[{extras}]" in env
    assert re.search(r"python=3\.11", env)
    deps = [ln.strip() for ln in env.splitlines() if ln.strip().startswith("- ")]
    assert deps == ["- conda-forge", "- python=3.11", "- pip", "- pip:", f"- -e .[{extras}]"]
    import tomllib

    py = tomllib.loads((PROJ_ROOT / "pyproject.toml").read_text())
    assert set(extras.split(",")) <= set(py["project"]["optional-dependencies"])


def test_chinese_chart_renders_without_missing_glyphs(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from govdata.figures import save, use_house_style

    use_house_style()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig, ax = plt.subplots()
        ax.set_title("地区生产总值增长8%左右：目标与实际（宿州市）")
        ax.set_xlabel("一般公共预算收入、社会消费品零售总额")
        files = save(fig, tmp_path / "cjk")
        plt.close(fig)
    assert all(f.stat().st_size > 1000 for f in files)


def test_notebooks_are_plain_text_percent_format():
    from govdata.notebooks import notebook_sources

    srcs = notebook_sources()
    assert srcs
    for src in srcs:
        text = src.read_text()
        assert "format_name: percent" in text
        assert 'tags=["parameters"]' in text
        assert not re.search(r"\bimport re\b|re\.compile|read_csv|read_parquet|open\(", text), \
            f"{src.name}: notebooks load data only through the library"


@pytest.mark.parametrize("name", [p.name for p in sorted((PROJ_ROOT / "notebooks").glob("[0-9]*.py"))])
def test_notebook_executes(built, tmp_path, name):
    from govdata.notebooks import run_notebook
    from govdata.paths import figures_dir

    out = run_notebook(PROJ_ROOT / "notebooks" / name, tmp_path, html=True, force=True)
    assert out.exists() and (tmp_path / name.replace(".py", ".html")).exists()
    assert str(figures_dir()).startswith(str(built.parent.parent)) or "figures" in str(figures_dir())
    if "save(" in (PROJ_ROOT / "notebooks" / name).read_text():
        assert list(figures_dir().rglob("*.png")), "the notebook exported its figure"


def test_briefing_pack_writes_every_figure_in_three_formats(built, tmp_path):
    from govdata.briefing import MANIFEST, make_pack

    written = make_pack(("zh", "en"), root=tmp_path)
    stems = {p.with_suffix("").relative_to(tmp_path).as_posix() for p in written}
    for expected in ("2023/suzhou-ah-attainment", "gap-heatmap-region-indicator",
                     "escalation-region-indicator", "share-met-by-level", "gaps-by-indicator",
                     "bunching-growth-targets", "five-year-plan-progress"):
        assert expected in stems and expected + "-en" in stems, expected
    for stem in stems:
        for suffix in (".png", ".svg", ".pdf"):
            f = tmp_path / (stem + suffix)
            assert f.exists() and f.stat().st_size > 1000, f
    listed = (tmp_path / MANIFEST).read_text(encoding="utf-8").split()
    assert sorted(listed) == sorted(p.relative_to(tmp_path).as_posix() for p in written)


def test_cli_help_imports_no_heavy_library():
    """`govdata --help` answers at once: pandas, numpy and matplotlib are imported by the
    commands that use them, not by the package or the command line."""
    code = ("import sys\nfrom govdata.cli import main\ntry:\n    main(['--help'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'numpy', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=PROJ_ROOT).stdout
    assert out.strip().splitlines()[-1] == "[]"
