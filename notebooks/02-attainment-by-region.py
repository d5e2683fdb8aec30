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
# # Did the region meet its targets? — plan against outcome for one region and year
#
# **For** analysts and economists reviewing a city's year. **Question:** which targets were met,
# exceeded or missed, by how much, grouped by policy area, and which could not be assessed and
# why? Defaults to 宿州市 2023 (its completion report lists every target beside its outcome).

# %% tags=["parameters"]
region = "宿州市"
year = 2023
lang = "zh"

# %%
import govdata
from govdata.figures import dumbbell, figure_path, region_label, save

govdata.check_parameters(region=region, year=year, lang=lang)
att = govdata.attainment(region, year)
docs = sorted(set(att["target_doc_id"]))
print(f"Data: {len(docs)} document(s) {docs}; region {region}, year {year}; "
      f"{len(att)} targets, {int((att['status'] != 'not_assessable').sum())} assessed")

# %% [markdown]
# ## Verdicts

# %%
att["status"].value_counts()

# %% [markdown]
# ## Every target with its outcome, by policy area

# %%
cols = ["area", "item", "indicator_zh", "measure", "target_value", "qualifier", "strive",
        "outcome_value", "gap", "status", "lead_units"]
att.sort_values(["area", "item"])[cols]

# %% [markdown]
# ## Growth targets: target against outcome (misses highlighted, 左右 bands shown)

# %%
growth = att[(att["measure"] == "growth_pct") & att["outcome_value"].notna()]
title = (f"{region_label(region, lang)} {year}: growth targets and outcomes" if lang == "en"
         else f"{region}{year}年主要指标：目标与实际增速")
fig = dumbbell(growth, title, govdata.sources(docs), lang=lang)
written = save(fig, figure_path("attainment", year, govdata.region_slug(region), lang=lang))
fig

# %% [markdown]
# ## Targets that could not be assessed, and why

# %%
att[att["status"] == "not_assessable"][["item", "indicator_zh", "measure", "reason"]]

# %% [markdown]
# ## Figures exported

# %%
for f in written:
    print(f)
