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
# # How are targets set? Ratchet, persistence and bunching
#
# **For** economists studying target setting. **Question:** is this year's target set from last
# year's outcome or last year's target (ratchet)? How often is a target simply repeated
# (persistence)? Do outcomes bunch just above their targets? Sample sizes and tests are stated.

# %% tags=["parameters"]
indicator = "gdp"
bandwidth = 0.5
lang = "zh"

# %%
import govdata
from govdata import figures
from govdata.compare import bunching, persistence, ratchet

govdata.check_parameters(indicator=indicator, bandwidth=bandwidth, lang=lang)
panel = govdata.panel()
r = ratchet(panel)
print(f"Data: {len(panel)} panel rows; {len(r)} year-on-year target pairs "
      f"({r['region'].nunique()} regions)")

# %% [markdown]
# ## Ratchet: this year's target against last year's outcome and target

# %%
r[r["indicator"] == indicator]

# %% [markdown]
# ## Persistence: how often is the target repeated, raised or cut?

# %%
persistence(r)

# %% [markdown]
# ## Bunching: outcomes just above and just below the target

# %%
growth = panel[(panel["measure"] == "growth_pct") & panel["outcome_value"].notna()
               & panel["target_value"].notna()].assign(signed=lambda d: figures.signed_gap(d))
stats = bunching(growth, width=bandwidth, lang=lang)
print(stats["statement"])
fig = figures.bunching(growth, "实际增速相对目标的分布", ["国务院政府工作报告"], value="signed",
                       bandwidth=bandwidth, lang=lang, note=stats["statement"])
written = figures.save(fig, figures.figure_path("bunching-growth-targets", lang=lang))
fig

# %% [markdown]
# ## Figures exported

# %%
for f in written:
    print(f)
