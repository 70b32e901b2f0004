# %% [markdown]
# # 04 · Chronology
#
# **The question:** when did the things this article reports happen, in what order, and how sure
# can we be of each date?

# %% [markdown] tags=["case-study"]
# In the Geneva article the story runs from the 2008 Bucharest formula to a 7.5-hour meeting on
# the day of the talks: fourteen years and one long day on the same page.

# %% [markdown]
# In this notebook you will learn to
#
# 1. find the temporal expressions of an article and read their TimeML (TIMEX3) values: dates,
#    times, durations, sets, and vague references such as `FUTURE_REF`;
# 2. see which values are *inferred* (the year of "December 17", the day of "today") and from
#    what: the document date and the tense of the clause;
# 3. link each expression to the event it dates and order the events on a timeline that stays
#    readable across years *and* hours;
# 4. measure the tagger against hand annotations (TempEval-3 Task A) and look at its failures.
#
# The method is a rule-based tagger in the HeidelTime tradition (Strötgen & Gertz 2013); every
# cell calls the `geneva_nb` package, so the same steps work on your own articles: set
# `article_path` and `published` (its date) in the next cell.

# %% tags=["parameters"]
article_path = None  # None: the embedded Geneva article; or a path to any article .txt/.html
published = None  # the document date "YYYY-MM-DD" when the article has no sidecar
actors = None  # None: data/actors.csv; or the path of your own actors CSV (who speaks for whom)

# %%
import matplotlib.pyplot as plt
import pandas as pd

import geneva_nb as gn
from geneva_nb.display import plot_timeline
from geneva_nb.evaluate.timeml import read_timeml, score_documents
from geneva_nb.student import course_path

pd.set_option("display.max_colwidth", 90)
art = gn.load_article(article_path, published=published)
print("document date:", art.dct, "| inferred, not stated:", art.meta.get("date_inferred"))

# %% [markdown]
# ## 1. The document date comes first
#
# Almost every date in a news report is relative to the day it was written: *today*, *on
# Monday*, *December 17* (of which year?). Everything that follows depends on that one value,
# so read where it came from critically.

# %% [markdown] tags=["case-study"]
# The scraped Geneva text states no date at all; the metadata sidecar gives 10 January 2022 and
# says why (the provenance note below).

# %%
print(art.meta.get("provenance", "(no provenance note)"))

# %% [markdown]
# ## 2. Temporal expressions and their TIMEX3 values
#
# `gn.timexes` returns one row per expression, with character offsets into `art.text`, the
# TIMEX3 `type` and `value`, and a `mod` (here `APPROX` for *about*). Following the TimeML
# guidelines the preposition stays outside (*in* 2008 → `2008`), the modifier inside
# (*about 7.5 hours*).

# %%
tx = gn.timexes(art)
tx

# %%
# the expressions in their sentences, marked with [brackets]
for r in tx.itertuples():
    s = max(0, r.start - 60)
    print(f"{r.value:>12}  …{art.text[s:r.start]}[{r.text}]{art.text[r.end:r.end + 40]}…")

# %% [markdown]
# How to read the values: `2021-12-17` is a day, `2008` a whole year, `PT7.5H` a length of 7.5
# hours, `PXD` "some days" (TimeML writes an unknown number as X), `FUTURE_REF` an unspecified
# time after the document date.

# %% [markdown]
# ## 3. What is inferred, and how sure we are
#
# Values that are not written out in full (a date without a year, "today") are filled in from
# the document date and the tense of their clause; the chronology lists each inference.

# %% [markdown] tags=["case-study"]
# Two values in this article are not written out: "December 17" has no year and "today" is a
# pointer. The tagger fills them from the document date and, for "December 17", from the tense
# of its clause: *announced* is past tense, so it takes the last December 17 **before** 10
# January 2022.

# %%
chron = gn.chronology(art)
pd.DataFrame(chron.attrs["inferred"])

# %% [markdown]
# The inference is only as good as the document date. Change it and watch the year move; remove
# it and the value stays underspecified (`XXXX-12-17`), and the result says so.

# %%
for dct in ("2022-01-10", "2022-12-30", None):
    t = gn.timexes(art.text, dct=dct)
    print(f"dct={dct!s:>10}: December 17 -> {t.loc[t.text == 'December 17', 'value'].tolist()}"
          f" | today -> {t.loc[t.text == 'today', 'value'].tolist()[:1]}")
print(gn.timexes(art.text).attrs["note"])

# %% [markdown]
# In JupyterLab, `gn.explore(art)` does this live: move its date picker and every value in its
# table of time expressions (and in the details of the statement you picked) follows; clear the
# date and the relative values come back.

# %% [markdown]
# ## 4. Events, ordered
#
# `gn.chronology` links each expression to the event of its clause (the verb nearest to it, with
# its subject and object: "the Russian Foreign Ministry announced a draft agreement") and turns
# each value into the interval it covers. `granularity` keeps the precision: `2008` covers a
# whole year, `December 17` one day. Open ends (`NaT`) mark what the text leaves open: "soon"
# starts at the document date and has no end.

# %%
chron

# %% [markdown]
# ## 5. The timeline
#
# One linear axis cannot show 2008 and a 7.5-hour meeting at once, so the figure uses three
# linked scales: years (top), the weeks around the document date (middle), and hours for short
# durations (bottom). Bands show the whole period a value names; dashed arrows are vague or
# open-ended references.

# %%
fig = plot_timeline(chron, title="What the article dates, and when")
plt.show()

# %% [markdown]
# ## 6. Lengths of time: which way from the document date?
#
# A duration says how long, not when. The chronology places it as the text says: a length the
# text looks back over ("the past week", "has worked there for about five years", "the meeting
# *lasted* about 7.5 hours") **ends** at the document date; any other ("will last two weeks",
# "within two weeks") **starts** there. The clue is in the words of the expression (*past*,
# *last*, *next*, *coming*) or else in the tense of its clause (a perfect or a past tense looks
# back, *will* looks ahead).

# %%
durations = gn.chronology(
    "Over the past week, talks stalled. He has worked there for about five years. "
    "The next round will last two weeks.", dct="2022-01-10")
durations[["timex", "event", "value", "start_date", "end_date"]]

# %%
fig = plot_timeline(durations, title="Past lengths end with the document date (grey)")
plt.show()

# %% [markdown]
# "May" is both a month and a name. The tagger takes "May" for a month after a preposition or
# with a day or a year ("in May", "May 4", "May 2019"), and for a name after a first name or a
# title, before a possessive, or as a sentence's subject:

# %%
gn.timexes("Theresa May said on May 4 that the vote in May's cabinet would come in May.",
           dct="2019-03-01")

# %% [markdown] tags=["case-study"]
# ## 7. 7.5 hours or nearly eight? The article against the record
#
# The article says the meeting "lasted about 7.5 hours". Wendy Sherman, in the State Department
# transcript of her press call that evening, said "over the course of nearly eight hours". The
# record of what was said (`data/record/`, see notebook 03) lets us tag both:

# %% tags=["case-study"]
from IPython.display import display

from geneva_nb.record import load_record

if article_path is None:  # the record is about the Geneva talks
    record = load_record()
    said = record[record["text"].str.contains("hours")].iloc[0]
    print(f"{said.speaker} ({said.source}, {said.date}): {said.text}")
    both = pd.concat([
        gn.timexes(art).assign(source="the article"),
        gn.timexes(said.text, dct=said.date).assign(source=f"{said.source} transcript"),
    ])
    display(both[both["text"].str.contains("hour")][["source", "text", "value", "mod"]])

# %% [markdown] tags=["case-study"]
# Both are approximations (`mod` APPROX), and they agree: 7.5 hours is "nearly eight". They
# differ in precision and in who is counting: the article's figure came with the Russian report
# it was translated from, the "nearly eight hours" from the American delegation. A chronology
# built from one outlet inherits that outlet's rounding, so the hours panel above draws the
# article's 7.5 hours; the record would draw a bar of up to eight. When lengths matter (a
# negotiation's duration is often read as a sign of how hard it was), check them against a
# second source, as notebook 03 does for the quotations.

# %% [markdown]
# ## 8. How good is the tagger? TempEval-3 Task A
#
# We annotated this article by hand in TimeML (`data/gold/geneva-talks.tml`) and wrote a small
# test set of news sentences (`tests/data/timeml/`). The scorer counts a **strict** match when
# the extents are identical, a **relaxed** one when they overlap, and a value as right only when
# it is identical to the annotator's. The same figures come from the command line:
# `geneva-nb evaluate timex tests/data/timeml`.

# %%
gold_files = {"Geneva article": [course_path("data/gold/geneva-talks.tml")],
              "hand-made test set": sorted(course_path("tests/data/timeml").glob("*.tml"))}
table = []
errors: list[str] = []
for name, files in gold_files.items():
    if not files or not files[0].exists():
        continue
    s = score_documents([read_timeml(f) for f in files], errors=errors)
    table.append({"gold": name, "documents": s.n_documents, "gold timexes": s.n_gold,
                  "system timexes": s.n_system, "strict F1": s.strict.f1,
                  "relaxed F1": s.relaxed.f1, "value F1": s.value_f1.f1})
pd.DataFrame(table).round(3)

# %% [markdown]
# These numbers are optimistic: the rules were written while we annotated the test set. On
# TimeBank-style news the best rule-based tagger of TempEval-3 (HeidelTime) reached a value F1
# of about 0.78; expect something of that order on text we have not seen.

# %% [markdown]
# ## 9. Where the method fails
#
# The remaining disagreements with our own annotations are real failures:

# %%
print("\n".join(errors) or "(none)")

# %% [markdown]
# And three failures that come from the method itself, not from a missing rule:
#
# - **Anaphoric dates.** A date without a year takes the *document's* year, not the year the text
#   is talking about.
# - **Tense is a guess.** The tense of the clause is read from nearby cue words (*will*,
#   *announced*), not from a parse, so the verb that governs a date can be missed.
# - **Events are phrases, not analyses.** The event is the nearest verb's clause; a date in a
#   long sentence can be attached to the wrong verb.

# %%
demo = ("The city last flooded in 1965. In September, the levees broke. "
        "Figures for January will be published next week.")
gn.timexes(demo, dct="2005-08-30")

# %% [markdown]
# "September" should be September **1965** (the paragraph is about 1965), but the tagger gives
# the September before the document date (2004-09: *broke* is past tense); and "January"
# becomes the *next* January (2006-01) because the future tense of *will be published* is taken
# to govern it, although the figures are for the January already past.

# %% [markdown]
# Durations have the same weakness. A length is placed at the **document** date, looking back
# or ahead as its clause says, even when the sentence names another anchor:

# %%
jailed = gn.chronology("He was jailed for ten years in 2010.", dct="2022-01-10")
jailed[["timex", "value", "start_date", "end_date"]]

# %% [markdown]
# The ten years should run from 2010 to 2020; the chronology draws them ending on 10 January
# 2022, because it anchors every length at the document date (TimeML would link the duration
# to "2010" with a separate relation, which this tagger does not produce).

# %% [markdown]
# ## Summary
#
# - Time expressions are found and normalised to TIMEX3 values (`2008`, `2021-12-17`, `PT7.5H`,
#   `FUTURE_REF`) against the document date; without a date, relative ones stay unresolved.
# - Missing years and weekdays are inferred from the document date and the tense of the clause,
#   and the result lists what was inferred.
# - The chronology links each expression to the event of its clause and turns values into
#   intervals; the timeline shows years, days and hours on linked scales.
# - The TempEval-3 scores on our own annotations are optimistic; the failures show why.
#
# ## Glossary
#
# - **temporal expression (timex)**: words that name a time: a date, a time, a duration, a set.
# - **TIMEX3 / TimeML**: the annotation standard for temporal expressions and their values.
# - **normalisation**: turning "December 17" into the value `2021-12-17`.
# - **document creation time (DCT)**: the date the article was written, the anchor.
# - **granularity**: how precise a value is (year, month, day, hour).
# - **DURATION, SET**: a length of time (`P3D`); a repetition ("every month", `P1M`).
# - **FUTURE_REF, PAST_REF, PRESENT_REF**: vague references ("soon", "recently", "now").
# - **strict / relaxed match**: identical extents / overlapping extents.

# %% [markdown]
# ## Exercises
#
# 1. Tag "The ministry said on Monday that talks will resume on Thursday." with the document
#    date 2022-01-12 (a Wednesday). Which Monday and which Thursday do you get, and why?
# 2. Without a document date, which expressions of the Geneva article stay unresolved? Use
#    `df.attrs["unresolved"]`.
# 3. Write a sentence with a duration, a set and a decade, tag it, and check each value against
#    the TimeML rules in this notebook.
# 4. Which event of the chronology has the widest interval, and what does that say about how
#    precisely the article dates it?

# %% tags=["solution"]
gn.timexes("The ministry said on Monday that talks will resume on Thursday.", dct="2022-01-12")
# Monday -> 2022-01-10 (past tense "said": the Monday before), Thursday -> 2022-01-13 ("will")

# %% tags=["solution"]
nodct = gn.timexes(art.text)
nodct[nodct.timex_id.isin(nodct.attrs["unresolved"])]

# %% tags=["solution"]
gn.timexes("For two decades the board has met every month, as it did in the 1990s.",
           dct="2022-01-10")
# two decades -> DURATION P2DE; every month -> SET P1M; the 1990s -> DATE 199

# %% tags=["solution"]
width = (chron["end_date"] - chron["start_date"]).dt.days
chron.assign(days=width).sort_values("days", ascending=False)[["timex", "event", "days"]].head(3)
# the years (2008, 2014) cover 365 days each: the article gives only the year
