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
# # Briefing pack: every figure for papers, at print quality
#
# **For** authors of briefing papers. Regenerates every briefing figure from the built tables in
# Chinese and English, as 300 dpi PNG, SVG and PDF (fonts embedded), and lists the files.

# %% tags=["parameters"]
languages = "zh,en"

# %%
import govdata
from govdata.briefing import make_pack

langs = tuple(languages.split(","))
govdata.check_parameters(lang=langs)
written = make_pack(langs)
print(f"Data: {len(govdata.load('documents'))} documents; {len(written)} files written")

# %% [markdown]
# ## Figures exported

# %%
for f in written:
    print(f)
