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
# # Across regions and years: where do targets fall short, and how far above the national one are they set?
#
# **For** economists comparing cities. **Question:** how big are the gaps by region and indicator,
# how are they distributed, what share of targets is met by indicator and by level of government,
# and how far do local targets sit above the national target (层层加码)?

# %% tags=["parameters"]
measure = "growth_pct"
lang = "zh"

# %%
import govdata
from govdata import figures

govdata.check_parameters(measure=measure, lang=lang)
panel = govdata.panel()
assessed = panel[panel["status"].isin(["met", "exceeded", "missed"])]
rates = assessed[assessed["measure"] == measure].assign(signed=lambda d: figures.signed_gap(d))
local = rates[rates["level"] != "national"]
print(f"Data: {panel['region'].nunique()} regions, years {panel['year'].min()}–{panel['year'].max()}, "
      f"{len(assessed)} assessed targets ({len(local)} local, {len(rates) - len(local)} national "
      f"{measure})")

# %% [markdown]
# ## Gaps by region and indicator

# %%
written = []
src = ["国务院政府工作报告"] + govdata.sources(local["sources"].str.split(";").explode())
if not local.empty:
    fig = figures.heatmap(local, "region", "indicator", "各地区主要指标完成差距（百分点）", src,
                          value="signed", lang=lang)
    written += figures.save(fig, figures.figure_path("gap-heatmap-region-indicator", lang=lang))
    fig

# %% [markdown]
# ## Gaps by region and year

# %%
fig = figures.heatmap(rates, "region", "year", "各地区历年完成差距（百分点）", src, value="signed",
                      lang=lang)
written += figures.save(fig, figures.figure_path("gap-heatmap-region-year", lang=lang))
fig

# %% [markdown]
# ## Distribution of gaps by indicator

# %%
fig = figures.gap_distribution(rates, "各指标实际与目标之差（百分点）", src, value="signed", lang=lang)
written += figures.save(fig, figures.figure_path("gaps-by-indicator", lang=lang))
fig

# %% [markdown]
# ## Share of targets met, by indicator and by level

# %%
fig = figures.share_met(assessed, "indicator", "各指标目标完成情况", src, lang=lang)
written += figures.save(fig, figures.figure_path("share-met-by-indicator", lang=lang))
fig

# %%
fig = figures.share_met(assessed, "level", "目标完成情况：全国与地方", src, lang=lang)
written += figures.save(fig, figures.figure_path("share-met-by-level", lang=lang))
fig

# %% [markdown]
# ## Local targets beside the national target (层层加码)

# %%
esc = panel[panel["escalation"].notna()]
esc[["region", "year", "indicator_zh", "target_value", "qualifier", "national_target",
     "national_qualifier", "escalation"]]

# %% [markdown]
# ## Figures exported

# %%
for f in written:
    print(f)
