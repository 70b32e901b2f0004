# %% [markdown]
# # 05 · Many articles: who is quoted, in what tone, and how a quotation travels
#
# **The question:** one article is an anecdote. What do *all* the articles about an event
# say: who gets quoted, for which side, in what tone, and how do the same words change as
# they pass from outlet to outlet?
#
# In this notebook you will learn to
#
# 1. run the whole analysis of notebooks 01–04 over a corpus with one call,
#    `gn.analyze_corpus`, and read its tidy tables, all keyed by `article_id`;
# 2. see what happens to bad articles (they become rows of an `errors` table, never a crash);
# 3. count who is quoted most, and statements per side and outlet;
# 4. compare the tone of each side with intervals that resample *articles*;
# 5. merge every article's chronology into one timeline;
# 6. find the quotations that several articles share and see how their wording drifts;
# 7. write the tables to Parquet, resume a run, and point the engine at your own folder or
#    a Dask cluster.
#
# **The corpus is invented.** `data/corpus/` holds 11 short articles written for this notebook
# in the styles of different outlets (a wire, a broadsheet, state media, a tabloid, a live
# blog ...). The outlets do not exist; the events around them (Geneva on 10 January 2022,
# NATO–Russia Council on 12 January, the OSCE in Vienna) are real. Read its README first.

# %% tags=["parameters"]
corpus_source = None  # None: the bundled invented corpus; or a folder, a glob, a .jsonl file
engine = "local"  # "local" (worker processes) or "dask"
workers = 1  # 1 runs in this process (fastest for a dozen articles)
# (the report's --article is one article; this notebook always reads a corpus)

# %%
from tempfile import mkdtemp

import matplotlib.pyplot as plt
import pandas as pd

import geneva_nb as gn
from geneva_nb.corpus import sample_corpus
from geneva_nb.corpus.clusters import score_clusters

source = corpus_source or sample_corpus()
corpus = gn.analyze_corpus(source, engine=engine, workers=workers)
corpus

# %% [markdown]
# ## 1. The tables
#
# One call ran loading and cleaning, attribution, tone, time expressions and chronology on
# every article, once each (the same `gn.Analysis` as one article), and returned tidy tables:
# one row per article, per statement, per side in an article, per time expression, per event,
# per error, per quotation cluster. Every table starts with `article_id`, the file name
# without its suffix, so tables join on it.

# %%
{name: len(table) for name, table in corpus.tables().items()}

# %%
corpus.articles[["article_id", "outlet", "published", "status", "chars", "n_statements",
                 "n_direct", "n_timexes"]]

# %% [markdown]
# ## 2. Bad articles do not stop a run
#
# Real collections contain empty files, binary files saved as `.txt`, pages in odd encodings,
# and multi-megabyte dumps. Each becomes a row of `errors` (which stage failed, the error
# type, a message that says what to do), and the run goes on. Here, three of them in a
# DataFrame next to one good article:

# %%
messy = pd.DataFrame({
    "id": ["good", "empty", "boilerplate", "huge"],
    "text": ["“We will never accept this,” Ryabkov said.", "   ",
             "[ad_1]\nAdvertisement\nSource link", "The talks went on. " * 20_000],
    "published": "2022-01-10",
})
trial = gn.analyze_corpus(messy, workers=1, progress=False)
trial.errors

# %%
trial.articles[["article_id", "status", "n_statements"]]

# %% [markdown]
# ## 3. Who is quoted most
#
# `corpus.speakers()` counts statements (direct, partial and reported) and the articles they
# appear in. Watch the bottom of the list: speakers that are not people are attribution
# mistakes (section 8).

# %%
speakers = corpus.speakers()
speakers.head(12)

# %%
top = speakers.head(10).iloc[::-1]
colours = top["side"].map({"US": "#4477aa", "Russia": "#cc3311", "NATO": "#009988"}).fillna(
    "#999999")
fig, ax = plt.subplots(figsize=(7, 3.8))
ax.barh(top["speaker"], top["statements"], color=colours)
ax.set(title="Statements per speaker (blue US, red Russia, green NATO)", xlabel="statements")
fig.tight_layout()

# %% [markdown]
# ## 4. Statements per side and outlet
#
# Joining `statements` to `articles` on `article_id` gives the outlet of every statement.
# Whose voice does each outlet carry?

# %%
st = corpus.statements.merge(corpus.articles[["article_id", "outlet"]], on="article_id")
by_outlet = pd.crosstab(st["outlet"], st["side"])
by_outlet

# %%
sides = [s for s in ["US", "Russia", "NATO"] if s in by_outlet.columns]
shares = by_outlet[sides].div(by_outlet.sum(axis=1), axis=0)
ax = shares.plot.barh(stacked=True, color=["#4477aa", "#cc3311", "#009988"][: len(sides)],
                      figsize=(7, 3.6), title="Share of each outlet's statements by side")
ax.set_xlabel("share of the outlet's statements (other sides not shown)")
ax.legend(loc="lower right", fontsize=8)
plt.tight_layout()

# %% [markdown]
# ## 5. Tone per side, with intervals across articles
#
# Each statement has a tone score (notebook 03: the domain-adjusted compound, −1..1).
# `corpus.tone_by_side()` pools them per side. Statements of one article are not independent
# (one article's framing colours all of them), so the 95 % interval comes from a *cluster
# bootstrap*: each resample draws whole articles. With a handful of articles per side the
# intervals are wide; a side with one article gets none.

# %%
tone = corpus.tone_by_side()
tone

# %%
shown = tone.dropna(subset=["ci_low"])
fig, ax = plt.subplots(figsize=(6, 2.8))
ax.errorbar(shown["mean"], shown["side"],
            xerr=[shown["mean"] - shown["ci_low"], shown["ci_high"] - shown["mean"]],
            fmt="o", color="#333333", capsize=4)
ax.axvline(0, color="#bbbbbb", lw=1)
ax.set(title="Mean statement tone by side (95 % article bootstrap)", xlabel="tone")
fig.tight_layout()

# %% [markdown]
# ## 6. One merged timeline
#
# Each article's chronology anchors events to dates relative to *its own* publication date
# ("yesterday" in a 11 January tabloid is 10 January). `corpus.timeline()` merges them: one
# row per date, with how many articles mention it and which outlets.

# %%
timeline = corpus.timeline()
days = timeline[timeline["granularity"] == "day"]
days[["value", "articles", "outlets", "events"]]

# %%
fig, ax = plt.subplots(figsize=(7, 2.8))
ax.bar(days["start_date"], days["articles"], width=0.8, color="#4477aa")
ax.set(title="How many articles mention each day", ylabel="articles")
fig.autofmt_xdate()
fig.tight_layout()

# %% [markdown]
# ## 7. The same quotation across articles
#
# `corpus.quotes` groups quotations that are the same words, allowing for punctuation,
# ellipses, trimming and small wording changes such as two translations of one Russian
# sentence (rapidfuzz similarity; the rules are in the docstring of
# `geneva_nb.corpus.clusters`). One row per cluster: the speaker, how many wordings
# (variants) and articles, the first and last date.

# %%
shared = corpus.quotes[corpus.quotes["n_articles"] >= 2]
shared[["quote_id", "speaker", "n_variants", "n_articles", "n_speakers", "first_published",
        "last_published", "text"]]

# %% [markdown]
# `corpus.quote_occurrences` has one row per quotation in an article. Here is how Ryabkov's
# sentence about Ukraine and NATO travelled: the wire's wording, the broadsheet's own
# translation ("obligatory ... ensure"), a shortened version, a trimmed one.

# %%
occ = corpus.quote_occurrences
never = shared[shared["text"].str.contains("Ukraine never", regex=False)]
first = never["quote_id"].iloc[0] if len(never) else shared["quote_id"].iloc[0]
occ[occ["quote_id"] == first][["variant_id", "published", "outlet", "content"]]

# %%
fig, ax = plt.subplots(figsize=(7.5, 3.2))
labels = {q: f"{q} {s}" for q, s in zip(shared["quote_id"], shared["speaker"], strict=True)}
carried = occ[occ["quote_id"].isin(labels)]
dates = pd.to_datetime(carried["published"])
ax.scatter(dates, carried["quote_id"].map(labels), c=carried["variant_id"], cmap="viridis",
           s=60, edgecolor="black")
ax.set(title="When each shared quotation appeared (colour: wording variant)")
fig.autofmt_xdate()
fig.tight_layout()

# %% [markdown]
# **Are the clusters right?** `data/corpus/quotes-gold.csv` says, for every shared quotation
# the corpus was written with, which article carries it and which group it belongs to.
# `found` is the share of those the attribution stage extracted at all; precision and recall
# count pairs of occurrences put together (or apart) as the hand labels say.

# %%
gold = pd.read_csv(sample_corpus() / "quotes-gold.csv")
score_clusters(occ, gold) if corpus_source is None else "(hand labels are for the bundled corpus)"

# %% [markdown]
# ## 8. Where the method fails
#
# * **Quotations the attribution stage misses are invisible here.** About one in five of the
#   shared quotations was never extracted: a quote introduced by a colon ("put it starkly:
#   “…”"), a live-blog line "Wendy Sherman on Monday: “…”", an opinion writer's "The other was
#   Wendy Sherman's: “…”". The clusters can only be as complete as notebook 02's statements.
# * **Headline English defeats the speaker rules.** The tabloid's "Sergei Ryabkov, 61, left
#   the marathon Geneva meeting and told reporters" yields a speaker called "left the marathon
#   Geneva meeting and". Look for speakers without a side in `corpus.speakers()`.
# * **The same words, two speakers.** "No intention to attack Ukraine" is Ryabkov's in most
#   articles and Lavrov's in one (`n_speakers` = 2): here both said it, but in real data it is
#   as often an attribution error. The cluster shows it; it cannot tell you which.
# * **Clusters chain.** Two quotations are linked when they are similar enough, and a cluster
#   is everything linked; a long chain of small changes can join quotations that differ a lot.
#   Formulaic sentences ("We will continue to ...") are the risk.
# * **Few articles, wide intervals.** The tone intervals resample articles; with 11 articles
#   a side's interval is wide, and a side quoted in one article has none.
# * **Relative dates inherit each article's date.** A wrong `published` in one sidecar moves
#   every "yesterday" of that article in the merged timeline. And a recap is read as news:
#   the live blog of Friday 14 January writes "Wendy Sherman on Monday: …", meaning the
#   Monday before, but the time rules resolve a bare "Monday" in a present-tense line to the
#   *next* Monday, so the timeline shows an event on 17 January that never happened.

# %% [markdown]
# ## 9. Parquet, resuming, your own folder, a cluster
#
# With `out=DIR` the tables stream to Parquet while the run goes on (one file per batch per
# table, plus `manifest.json` listing the articles done), so memory stays flat on large
# corpora and an interrupted run resumes where it stopped: run the same call again.
# `gn.Corpus.open(DIR)` reads the folder back; pandas, DuckDB and Dask read it as it is.

# %%
out = mkdtemp(prefix="geneva-corpus-")
written = gn.analyze_corpus(source, workers=workers, out=out, progress=False)
again = gn.analyze_corpus(source, workers=workers, out=out, progress=False)  # nothing left
print(again.summary)
reread = gn.Corpus.open(out)
pd.testing.assert_frame_equal(reread.statements, corpus.statements)
pd.read_parquet(f"{out}/statements").shape

# %% [markdown]
# On your own articles (a folder of `.txt`/`.html` files with optional `NAME.meta.json`
# sidecars holding `published`, `outlet`, `title`; or a JSON-lines file with `id`, `text`,
# `published` ...):
#
# ```python
# corpus = gn.analyze_corpus("my_articles/", workers=4, out="my_tables")
# ```
#
# or from a terminal: `geneva-nb corpus my_articles/ --out my_tables`. On a Dask cluster,
# connect to its scheduler (install with `pip install geneva_nb[dask]`):
#
# ```python
# from distributed import Client
# corpus = gn.analyze_corpus("my_articles/", engine="dask",
#                            client=Client("tcp://scheduler-host:8786"), out="my_tables")
# ```
#
# The tables are the same whichever engine runs them.

# %% [markdown]
# ## Exercises
#
# 1. Which outlet carries the largest share of *direct* quotations from the Russian side?
#    Use `corpus.statements` and `corpus.articles`.
# 2. For Wendy Sherman's "open-door policy" quotation, list each wording with the outlets
#    and dates that carried it.
# 3. Add an article of your own: build a DataFrame with columns `id`, `text`, `published`,
#    `outlet`, run `gn.analyze_corpus` on it, and check `errors` and `statements`.

# %% tags=["solution"]
direct = st[st["kind"] == "direct"]
(direct["side"] == "Russia").groupby(direct["outlet"]).mean().sort_values(ascending=False)

# %% tags=["solution"]
door = shared[shared["text"].str.contains("open-door", regex=False)]["quote_id"]
(occ[occ["quote_id"].isin(door)]
 .groupby("content")
 .agg(outlets=("outlet", lambda s: ", ".join(sorted(set(s)))),
      dates=("published", lambda s: ", ".join(sorted(set(s))))))

# %% tags=["solution"]
mine = pd.DataFrame({
    "id": ["my-article"],
    "text": ["“We are ready either way,” Sullivan said on Thursday. Peskov said it was too early."],
    "published": ["2022-01-13"],
    "outlet": ["My Outlet"],
})
my_corpus = gn.analyze_corpus(mine, workers=1, progress=False)
my_corpus.errors, my_corpus.statements[["speaker", "side", "kind", "content"]]
