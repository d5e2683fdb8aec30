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
# # Did the region meet its work-report targets? — plan vs outcome for one region and year
#
# **For** analysts and economists reviewing a city's year. **Question:** which of the targets
# set in the government work report were met, exceeded or missed, by how much, and who owned
# them? Defaults to 宿州市 2023 (its completion report lists every target beside its outcome).

# %% tags=["parameters"]
region = "宿州市"
year = 2023

# %%
import govdata
from govdata.figures import dumbbell, save
from govdata.paths import figures_dir

att = govdata.attainment(region, year)
docs = sorted(set(att["target_doc_id"]))
print(f"Data: {len(docs)} document(s) {docs}; region {region}, year {year}; "
      f"{len(att)} targets assessed")

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
# ## Headline growth targets: target vs outcome

# %%
growth = att[(att["measure"] == "growth_pct") & att["outcome_value"].notna()]
fig = dumbbell(growth, f"{region}{year}年主要指标：目标与实际增速", govdata.sources(docs))
slug = govdata.region_slug(region)
written = save(fig, figures_dir() / str(year) / f"{slug}-attainment")
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
