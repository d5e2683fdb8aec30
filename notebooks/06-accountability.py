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
# # Who owns the targets, and how did their targets fare?
#
# **For** analysts asked "which departments missed?". **Question:** how many targets does each
# lead unit (牵头单位) and each responsible leader own, how many were met or missed, and which items?

# %% tags=["parameters"]
region = ""
lang = "zh"

# %%
import govdata
from govdata import figures

govdata.check_parameters(region=region or None, lang=lang)
units = govdata.accountability("lead_unit", region or None)
leaders = govdata.accountability("leader", region or None)
print(f"Data: {len(units)} lead units and {len(leaders)} leaders across "
      f"{units['region'].nunique()} region(s)")

# %% [markdown]
# ## By lead unit (first unit named is the lead)

# %%
units.sort_values(["region", "assessed", "targets"], ascending=[True, False, False])

# %% [markdown]
# ## By responsible leader (breakdowns that group items by leader)

# %%
leaders

# %% [markdown]
# ## Share of assessed targets met, by lead unit

# %%
written = []
owned = govdata.owned_targets()
assessed = owned[owned["status"].isin(["met", "exceeded", "missed"])]
if not assessed.empty:
    fig = figures.share_met(assessed, "lead_unit", "各牵头单位目标完成情况",
                            govdata.sources(assessed["doc_id"]), lang=lang)
    written += figures.save(fig, figures.figure_path("share-met-by-lead-unit", lang=lang))
    fig

# %% [markdown]
# ## Figures exported

# %%
for f in written:
    print(f)
