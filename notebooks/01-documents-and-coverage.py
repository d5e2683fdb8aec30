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
# # What is in data/raw, and what did the tool understand?
#
# **For** the analyst who just dropped new documents in `data/raw/`. **Question:** which
# documents are catalogued, what was extracted from each (targets and outcomes, by genre), which
# numbers were not understood (in context), and do any two documents state a target differently?

# %% tags=["parameters"]
show_unexplained = 20

# %%
import pandas as pd

import govdata

govdata.check_parameters(show_unexplained=show_unexplained)
docs = govdata.load("documents")
cov = govdata.load("coverage")
print(f"Data: {len(docs)} documents, {docs['region'].nunique()} regions, "
      f"years {docs['year'].min()}–{docs['year'].max()}")
docs[["doc_id", "region", "year", "doc_type", "title", "chars"]]

# %% [markdown]
# ## What each document yielded

# %%
cov.merge(docs[["doc_id", "doc_type"]], on="doc_id")[
    ["doc_id", "doc_type", "numbers", "target_rows", "outcome_rows", "base", "label", "date",
     "ordinal", "unexplained"]]

# %% [markdown]
# ## Targets and outcomes by genre and measure

# %%
targets, outcomes = govdata.load("targets"), govdata.load("outcomes")
kinds = {"targets": targets, "outcomes": outcomes}
summary = {k: v.merge(docs[["doc_id", "doc_type"]], on="doc_id")
           .groupby(["doc_type", "measure"]).size() for k, v in kinds.items()}
pd.concat(summary, axis=1).fillna(0).astype(int)

# %% [markdown]
# ## Numbers the tool did not understand, in context

# %%
nums = govdata.load("numbers")
unexplained = nums[nums["role"] == "unexplained"]
print(f"{len(unexplained)} of {len(nums)} numbers not understood")
unexplained[["doc_id", "char_start", "text", "context"]].head(show_unexplained)

# %% [markdown]
# ## Targets two documents state differently

# %%
conflicts = govdata.conflicts()
print("No conflicts between documents." if conflicts.empty else f"{len(conflicts)} conflicting rows")
conflicts

# %% [markdown]
# ## Figures exported
#
# None: this notebook is a report of the build.
