# %% [markdown]
# # 01 · Loading and cleaning a scraped news article
#
# **The question:** what exactly is the text we are going to analyse, and what did we have to do
# to get it?
#
# In this notebook you will learn to
#
# 1. load an article exactly as it was scraped, and see what a scraper leaves in it;
# 2. clean it *transparently*: every removed piece is listed with its position in the raw text;
# 3. split it into paragraphs and sentences, offline, and measure them;
# 4. spot problems that cleaning should **report but not fix** (unbalanced quotation marks,
#    fragments, missing punctuation), because "fixing" them would mean inventing text;
# 5. read the metadata, and see why the article's date is *inferred*, not stated.
#
# Every cell calls the `geneva_nb` package; the method lives there, so you can reuse it on your
# own articles:
# set `article_path` (and `published`, `actors`) in the next cell and run the notebook again.
# Cells about the Geneva article only are tagged `case-study`; the report leaves them out for
# other articles.

# %% [markdown] tags=["case-study"]
# The case study is a report on the US–Russia talks in Geneva on 10 January 2022.

# %% tags=["parameters"]
article_path = None  # None: the embedded Geneva article; or a path to any article .txt/.html
published = None  # the document date "YYYY-MM-DD" when the article has no sidecar
actors = None  # None: data/actors.csv; or the path of your own actors CSV (who speaks for whom)

# %%
import matplotlib.pyplot as plt
import pandas as pd

import geneva_nb as gn

art = gn.load_article(article_path, published=published)
art

# %% [markdown]
# ## 1. The raw article
#
# This is the file byte for byte as the scraper saved it (`data/raw/` is never edited).
# Look at the first and last lines: they are not journalism.

# %%
print(art.raw)

# %% [markdown]
# ## 2. What cleaning removed, and why
#
# Cleaning is generic, not written for this article: it removes ad markers such as `[ad_1]`
# wherever they occur, and *whole lines* that are widgets ("Source link", "top channel",
# "Read more", "Advertisement" ...). A widget pattern never removes part of a sentence. Each
# removal keeps its raw offsets, so you can check it against the raw text.

# %%
removed = art.removed_table()
removed

# %%
# every removal is really there in the raw text, at the offsets given
all(art.raw[r.raw_start : r.raw_end] == r.text for r in removed.itertuples())

# %% [markdown]
# Whitespace is normalised too (runs of spaces become one, each paragraph is one line), but the
# wording and the typographic quotation marks “ ” ‘ ’ are left exactly as they were. Any
# position in the cleaned text maps back to the raw text with `art.to_raw`; here, the start
# of the last paragraph:

# %%
a, b = art.paragraphs[-1]
print(f"cleaned offset {a} -> raw offset {art.to_raw(a)}")
print("cleaned:", repr(art.text[a : a + 40]))
print("raw:    ", repr(art.raw[art.to_raw(a) : art.to_raw(a) + 40]))

# %% [markdown]
# ## 3. Paragraphs and sentences
#
# Sentences are split with NLTK's Punkt algorithm and an abbreviation list for news English
# (`U.S.`, `Dec.`, `Gen.` ...), entirely offline. A sentence never crosses a paragraph.

# %%
sents = gn.sentences(art)
sents.head(8)

# %%
paragraphs = pd.DataFrame(
    {
        "characters": [b - a for a, b in art.paragraphs],
        "sentences": sents.groupby("paragraph_id").size().reindex(range(len(art.paragraphs)),
                                                                  fill_value=0),
        "starts with": [t[:45] + "…" for t in art.paragraph_texts()],
    }
)
paragraphs

# %%
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.2))
ax1.bar(paragraphs.index, paragraphs.sentences, color="#4477aa")
ax1.set(title="Sentences per paragraph", xlabel="paragraph", ylabel="sentences")
lengths = sents.text.str.split().str.len()
ax2.hist(lengths, bins=range(0, lengths.max() + 5, 4), color="#ee7733", edgecolor="white")
ax2.set(title="Sentence length", xlabel="words", ylabel="sentences")
fig.tight_layout()

# %% [markdown]
# ## 4. What cleaning reports but does not fix
#
# Some problems are in the journalism or the scraping, and the honest thing is to *show* them:
# changing the text would change what the source said.

# %%
art.anomalies_table()

# %% [markdown] tags=["case-study"]
# In the Geneva article two paragraphs open a quotation twice and close it once: a quote that
# runs over two sentences got a second opening mark, the usual style when a quote *continues
# into a new paragraph*, but here the continuation stays in the same paragraph. Paragraph 2
# also closes a nested ‘single quote’ with a straight `'`. Speaker attribution (notebook 02)
# has to cope with this. The stray "de-escalation." looks like a leftover of an edit, and one
# paragraph ends without a full stop.

# %%
for a in art.anomalies:
    if a.kind == "unbalanced_quotes":
        print(f"paragraph {a.paragraph_id}: {a.detail}")
        print("   ", art.text[a.start : a.end][:160], "…\n")

# %% [markdown]
# ## 5. Metadata: where the date comes from
#
# The date matters: "today", "December 17" and "soon" only mean something relative to it
# (notebook 04). It comes from a sidecar file beside the article (`my-article.meta.json`) or
# from `published=`; without either, relative dates stay unresolved.

# %% [markdown] tags=["case-study"]
# The scraped Geneva text names neither its outlet nor its date. The sidecar file
# `data/raw/geneva-talks.meta.json` records the date we *inferred* and why.

# %%
{k: v for k, v in art.meta.items() if k != "provenance"}

# %%
print(art.meta.get("provenance", "(no provenance recorded for this article)"))

# %% [markdown]
# ## 6. Where the method fails
#
# * **Abbreviations at the end of a sentence.** "p.m." is on the abbreviation list, so
#   "He left at 5 p.m. Then he spoke." stays *one* sentence. Punkt cannot tell the two uses apart
#   without a trained model.
# * **Widget lines are guessed from their wording.** A one-line paragraph that is really
#   the article's own text, say a lone "Comments:", would be removed. That is why every removal
#   is listed: check `art.removed` on a new source.
# * **Fragments become sentences.** A stray word left by an edit is split off as a sentence of
#   its own; we flag it rather than glue it to its neighbour (in the Geneva article:
#   "de-escalation.").

# %%
gn.sentences("He left at 5 p.m. Then he spoke.")

# %% [markdown]
# ## Summary
#
# - The raw file is never edited; cleaning removes ad markers and widget *lines* only, and lists
#   every removal with its raw offsets (`art.removed_table()`), so it can be checked.
# - Every offset refers to the cleaned text `art.text`; `art.to_raw(i)` maps it back.
# - Sentences come from Punkt with a news abbreviation list, offline; a sentence never crosses a
#   paragraph.
# - Problems in the text itself (unbalanced quotation marks, fragments) are *reported*
#   (`art.anomalies_table()`), not fixed.
# - The document date is metadata, and may be inferred: read where it came from.
#
# ## Glossary
#
# - **raw text**: the file exactly as scraped. **cleaned text**: what every later stage analyses.
# - **boilerplate**: text that is not the article (ad markers, "Read more", "Source link").
# - **offset**: a character position; a **span** is a pair (start, end) of offsets.
# - **Punkt**: an unsupervised sentence-splitting algorithm (Kiss & Strunk 2006) that learns
#   abbreviations; here it uses a fixed list instead of downloaded data.
# - **anomaly**: something odd that cleaning notices but leaves alone.
# - **sidecar**: a `.meta.json` file beside the article holding its metadata.
# - **document date (DCT)**: the day the article was written; relative dates are resolved from it.

# %% [markdown]
# ## Exercises
#
# 1. Which paragraph of the article is the longest, in characters? Use `paragraphs`.
# 2. Load the text below with `gn.load_article(...)` and list what cleaning removed.
#    `"[ad_1]\nThe envoy said talks would resume.\nRead more\nSource link"`
# 3. Find every sentence that contains a quotation mark “ and count them.

# %% tags=["solution"]
int(paragraphs.characters.idxmax()), int(paragraphs.characters.max())

# %% tags=["solution"]
other = gn.load_article("[ad_1]\nThe envoy said talks would resume.\nRead more\nSource link")
other.removed_table()[["kind", "text"]]

# %% tags=["solution"]
quoted = sents[sents.text.str.contains("“")]
len(quoted), quoted.text.str[:50].tolist()
