# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Five-year plans: on track for the end-year targets?
#
# **For** analysts following 十四五 plans (徐州, 湖州). **Question:** for each end-year target with
# a base-year value, what has been achieved, what average growth is still required, and is the
# region on track? Targets without a base-year value are listed with what is missing.

# %% tags=["parameters"]
region = ""
lang = "zh"

# %%
import govdata
from govdata import figures

govdata.check_parameters(region=region or None, lang=lang)
prog = govdata.progress(region or None)
print(f"Data: {len(prog)} multi-year targets in {prog['region'].nunique()} region(s); "
      f"{int(prog['base_value'].notna().sum())} with a base-year value")
prog[["region", "indicator_zh", "measure", "unit", "base_year", "base_value", "end_year",
      "target_value", "latest_year", "latest_value", "achieved_rate", "required_rate_from_base",
      "required_rate_remaining", "on_track", "method"]]

# %% [markdown]
# ## Trajectory against the path to the target

# %%
written = []
plan = prog[prog["base_value"].notna()]
if not plan.empty:
    outcomes = govdata.load("outcomes")
    fig = figures.trajectory(outcomes[outcomes["region"].isin(plan["region"])], plan,
                             "五年规划目标进度", govdata.sources(plan["target_doc_id"]), lang=lang)
    written += figures.save(fig, figures.figure_path("five-year-plan-progress", lang=lang))
    fig

# %% [markdown]
# ## Figures exported

# %%
for f in written:
    print(f)
