# %% [markdown]
# # 02 · Who said what? Speaker attribution in a news article
#
# **The question:** which statements does the article report, who made each of them, and for
# which side do they speak?
#
# In this notebook you will learn to
#
# 1. find the three kinds of statement news reports contain: **direct** quotations, **partial**
#    quotations woven into the reporter's sentence, and **indirect** (reported) speech;
# 2. read each statement as a *source*, a *cue* and a *content* span — the scheme of the PARC
#    and PolNeAR attribution corpora — with the rule that produced it;
# 3. resolve speakers: titles ("Russian Deputy Foreign Minister Sergei Ryabkov"), surnames,
#    pronouns, organisations, and map them to sides with an actor registry;
# 4. measure the result against hand annotations in BRAT standoff, and look at what the rules
#    get wrong.
#
# Every method lives in the `geneva_nb` package (the `attribution/` package, one module per
# concern: quotations, reported speech, subjects, who-is-who; `quotes.py`, `cues.py`,
# `actors.py`); the cells only call it. To study your own article, set `article_path` (and
# `actors`, your own registry of who speaks for whom) in the next cell. You will also annotate a
# short text yourself and score the rules against your annotation (exercise 4).

# %% tags=["parameters"]
article_path = None  # None: the embedded Geneva article; or a path to any article .txt/.html
published = None  # the document date "YYYY-MM-DD" when the article has no sidecar
actors = None  # None: data/actors.csv; or the path of your own actors CSV (who speaks for whom)

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML

import geneva_nb as gn
from geneva_nb.actors import load_actors
from geneva_nb.display import statements_figure
from geneva_nb.student import course_path

pd.set_option("display.max_colwidth", 80)
art = gn.load_article(article_path, published=published)
statements = gn.attribute(art, actors=actors)
print(f"{len(statements)} statements in {len(art.text):,} characters")

# %% [markdown]
# ## 1. The statements table
#
# One row per statement. `mention`, `cue` and `content` are spans of `art.text`
# (`art.text[content_start:content_end] == content`); `rule` says which rule found the
# statement and, after the colon, how the speaker was resolved.

# %%
statements[["kind", "speaker", "side", "mention", "cue", "content", "rule"]]

# %% [markdown]
# ## 2. The article, coloured by side
#
# Hover over a statement to see its speaker and rule. The speaker mention is underlined, the
# cue is bold. All article text is HTML-escaped. When no speaker has a known side (none is in
# the registry), the statements are coloured by speaker instead.

# %%
HTML(gn.highlight_html(art, statements, actors=actors))

# %% [markdown]
# ## 3. Who speaks, and how?
#
# Direct quotations give a speaker their own voice; indirect speech lets the reporter choose
# the words. How is each speaker quoted?

# %%
fig = statements_figure(statements)
plt.show()

# %%
pd.crosstab(statements["side"], statements["kind"], margins=True)

# %% [markdown]
# ### How a side is assigned
#
# A **side** is a nationality or institution cue found in the speaker's own mention — not a
# political position, and not a guess from what the speaker says. In order:
#
# 1. **The actor registry** (`data/actors.csv`): a registered speaker has the side written
#    there (Ryabkov → Russia). Registered states, alliances and offices are also cues, and their
#    side names win ("American" → `US`, "Nato" → `NATO`).
# 2. **The general cue table** (`data/sides.csv`, columns `cue, side, kind, note`): demonyms,
#    country names and capital or seat-of-government metonyms for about 150 countries
#    ("Dutch"/"Netherlands"/"The Hague" → Netherlands, "Downing Street" → UK), and
#    institutions ("European Council", "EU", "Brussels" → EU; "Security Council" → UN; WHO,
#    IMF, African Union ...). "Brussels" is read as the EU, since Belgium has "Belgian".
# 3. Only words **inside the mention** count: its title and a descriptive appositive ("Israel
#    Katz, Israel's foreign minister"), never the person's name ("London Breed", "Michael
#    Jordan"), a relative clause ("who met Chinese officials") or the rest of the sentence.
#    The head of the title decides ("US Ambassador to the UN" → US); the phrase after a
#    preposition counts only when the head has no cue ("Prime Minister of Ghana" → Ghana).
# 4. Cues are case-sensitive whole words ("china shop" is no cue). Ambiguous names give no
#    side: "Georgia" is a country or a US state, so only "Georgian" and "Tbilisi" mark the
#    country; "National Security Council" is not the UN's.
# 5. Two speakers joined by "and" share a side only when both have it; otherwise `unknown`.
#
# Anything else is `unknown`.

# %%
registry = load_actors(actors)
pd.DataFrame([a.__dict__ for a in registry.actors])[["name", "side", "role", "gender"]].head(8)

# %%
from geneva_nb.actors import load_sides

side_table = pd.DataFrame(load_sides())
print(side_table["kind"].value_counts().to_dict(), f"{side_table['side'].nunique()} sides")
side_table[side_table["side"].isin(["Netherlands", "EU"]) | (side_table["kind"] == "ambiguous")]

# %%
examples = [
    "European Council President Charles Michel said the summit would continue on Sunday.",
    "Dutch Prime Minister Mark Rutte, who leads a group of so-called “frugal” states, said "
    "the proposal was still too expensive.",
    "German Chancellor Angela Merkel said a deal was still possible.",
    "According to a senior EU official, the talks had stalled. The official, who asked not to "
    "be named, said the gap remained wide.",
    "Leaders failed to agree, with diplomats saying talks could resume next month.",
    "French President Emmanuel Macron and German Chancellor Angela Merkel said the deal was "
    "balanced.",
]
gn.attribute("\n".join(examples))[["speaker", "side", "mention", "cue", "content", "rule"]]

# %% [markdown]
# ## 4. Which rules did the work?
#
# Speaker resolution matters as much as finding the quotations: a statement attributed to a
# pronoun ("He said", "According to her") is resolved to the nearest earlier speaker whose
# gender fits, and in many articles (the Geneva one among them) that is most of them. The part
# of the rule after the colon says how the speaker was found.

# %%
rules = (statements["rule"].str.split(":", n=1, expand=True).reindex(columns=[0, 1])
         .set_axis(["extraction", "speaker"], axis=1))
rules.value_counts().to_frame("statements")

# %% [markdown]
# ## 5. How good is it? Compare with hand annotations
#
# `data/gold/geneva-talks.ann` holds our own annotation of the article in BRAT standoff
# (Source, Cue and Content spans joined by Attribution events). The scorer counts a statement
# as found when its content overlaps the gold content by at least 30% or 80% of the longer span.
# (This cell only runs for the embedded article, the one we annotated.)

# %%
from geneva_nb.evaluate import brat

if article_path is None:
    brat.main([str(course_path("data/gold"))])
    print()
    brat.main([str(course_path("tests/data/attribution")), "--per-doc"])

# %% [markdown] tags=["case-study"]
# The Geneva article is scored perfectly, but that is the article the rules were developed
# on, and the four hand-made articles in `tests/data/attribution/` were partly used to tune
# them too.

# %% [markdown]
# On news the rules have never seen, expect less. Sets of articles written and
# annotated by people who had not seen the rules, each scored once before anyone looked at
# its errors, give the honest estimate:
#
# | blind set | statements found (F1 at 80% overlap) | quoted content recovered | right speaker for quotations |
# |---|---:|---:|---:|
# | second author, 83 attributions | 0.83 | 77% | 78% |
# | third author, 61 attributions | 0.87 | 92% | 77% |
# | fourth author, 109 attributions (after three more development sets) | 0.96 | 98% | 92% (45/49) |
# | seventh author, 108 attributions (same rules) | 0.85 | 91% | 98% (39/40) |
#
# The jump between the third and fourth rows came from following "he", "she" and roles ("the
# senator", "the home secretary", "the bloc") across sentences. For comparison, a published
# rule-based quote extractor reaches about 84% quotation F1 and 86–87% speaker accuracy. The
# texts are invented in the styles of real outlets, so expect somewhat less on real articles,
# and check the speakers in the highlighted article before you count them.
#
# ## 6. Where the rules fail
#
# Rules only see surface patterns. Here are real failures, run live:

# %%
cases = {
    "a title that names the EU without a cue word":
        "European Trade Commissioner Anna Lindqvist said the talks had failed.",
    "two speakers, one of them a possessive phrase":
        "Sherman and her Russian counterpart said the talks were useful.",
    "antecedent is an object, not a speaker":
        "Ryabkov met Sherman in Geneva. “It went well,” she said.",
    "a noun as cue, no speech verb":
        "Russia's demand that NATO halt its expansion was rejected.",
    "nested attribution is folded into the outer one":
        "Sherman said the US side hinted that sanctions would follow.",
    "a role that needs world knowledge":
        "The housing secretary, Angela Pryce, defended the plan. Her Conservative shadow, "
        "Helen Marsh, attacked it. “I have heard all this before,” the minister said.",
    "a description hidden in 'what he called'":
        "Serbian Foreign Minister Dragan Ilić thanked the Irish presidency for what he called "
        "“a historic day”.",
}
for what, text in cases.items():
    found = gn.attribute(text)
    print(f"{what}:\n  {text}")
    if found.empty:
        print("  -> no statement found")
    for r in found.itertuples():
        print(f"  -> {r.kind}: {r.speaker!r} ({r.side}) said {r.content!r}  [{r.rule}]")
    print()

# %% [markdown]
# - "European Trade Commissioner" is an EU title, but "European" alone is no cue (European
#   diplomats need not speak for the EU), so the side stays `unknown`: add the person to the
#   registry (exercise 1).
# - "X and Y said" is one source only when both halves are names or registered actors;
#   "Sherman and her Russian counterpart" loses Sherman (and gets Russia as its side).
# - "she" can only point back to someone who *spoke*, opened a sentence, or was named later in
#   a sentence with an honorific or a first name ("Ms Sherman", "Wendy Sherman"). A bare
#   surname as the object of "met" is none of these, so the pronoun stays unresolved (the row
#   keeps the mention "she").
# - Nominal cues ("Russia's demand that ...") are not attributions for these rules.
# - "the US side hinted ..." is reported by Sherman; like the PolNeAR corpus, one token belongs
#   to one attribution, so only Sherman's statement is kept.
# - "the minister" has no earlier "minister": the rules take the person named just before
#   (Helen Marsh), but the reader knows that a housing *secretary* is the minister and a
#   *shadow* is not.
# - "what he called “…”" hides the speech verb in a relative clause: no statement is found.

# %% [markdown] tags=["case-study"]
# In the Geneva article itself, "Under Russian terms, the United States should not establish
# military bases ..." is Russia's position, but there is no speech verb, so it is not a
# statement here either.

# %% [markdown]
# ## Summary
#
# - A statement is a **source** (who), a **cue** (the verb or phrase that reports it) and a
#   **content** (what was said), each a span of the text; `rule` says which rule found it and how
#   the speaker was resolved.
# - Direct and partial quotations are found from quotation marks; indirect speech from speech
#   verbs ("said that", "according to").
# - Speakers are resolved through titles, surnames, pronouns and roles; sides come from an actor
#   registry and from cue words inside the speaker's own mention, nothing else.
# - Scores against hand annotations are high on the texts the rules were tuned on and lower on
#   blind texts; check the speakers in the highlighted article before you count them.
#
# ## Glossary
#
# - **attribution**: linking a statement to the person or body it is attributed to.
# - **direct / partial / indirect speech**: a whole quotation; a quoted fragment inside the
#   reporter's sentence; a paraphrase with no quotation marks.
# - **source, cue, content**: the PARC/PolNeAR parts of an attribution (who, the reporting verb,
#   what was said).
# - **mention**: the words that name the speaker here ("He", "the minister", "Ryabkov").
# - **coreference / resolution**: deciding who a pronoun or role refers to.
# - **actor registry**: `data/actors.csv`, names and aliases with their side; pass your own with
#   `actors=`.
# - **side**: the country or institution a speaker speaks for, or `unknown`.
# - **BRAT standoff**: an annotation format that stores spans as offsets beside the text (`.ann`).
# - **precision, recall, F1**: the share of found statements that are right; the share of the
#   annotated ones that were found; their harmonic mean.

# %% [markdown]
# ## Exercises
#
# **1.** The registry does not know the EU's trade commissioner. Write a small actors CSV with
# a row for "Anna Lindqvist" (side "EU") and attribute `tests/data/attribution/dev-trade.txt`
# with it (`gn.attribute(text, actors=path)`). Which rows change?

# %% tags=["solution"]
import tempfile
from pathlib import Path

text = course_path("tests/data/attribution/dev-trade.txt").read_text(encoding="utf-8")
with tempfile.TemporaryDirectory() as tmp:
    csv = Path(tmp) / "actors.csv"
    csv.write_text(
        "name,aliases,gender,side,role,note\n"
        "Anna Lindqvist,Lindqvist,female,EU,Trade Commissioner,exercise\n",
        encoding="utf-8",
    )
    custom = gn.attribute(text, actors=str(csv))
custom[["speaker", "side", "content"]]

# %% [markdown]
# **2.** What share of each side's statements are direct quotations? Which side gets to speak
# in its own words more often in this article?

# %% tags=["solution"]
share = pd.crosstab(statements["side"], statements["kind"], normalize="index")
share.round(2)

# %% [markdown]
# **3.** Write a sentence of your own with a speaker after a dash ("… — she said") and one with
# "according to", and check which rule finds each. Then write one that defeats the rules.

# %% tags=["solution"]
for s in ["“Talks will continue” — Sherman said.",
          "Sanctions are ready, according to two officials.",
          "Asked about sanctions, the answer from Washington was a shrug."]:
    print(s, "->", gn.attribute(s)[["speaker", "content", "rule"]].to_dict("records"))

# %% [markdown]
# **4. Annotate it yourself, then compare with the rules.** Read the short text below and
# write down every statement in it as `(speaker, cue, content)`, copying each piece exactly as
# it is written (with the quotation marks, for a quotation). Decide for yourself what counts:
# is "called the plan reckless" a statement? Then score the rules against *your* annotation
# with the project's own evaluator (`geneva_nb.evaluate.brat`, the one behind
# `geneva-nb evaluate attribution`) and look at every disagreement: who is right, you or the
# rules?

# %%
from geneva_nb.evaluate import brat
from geneva_nb.student import annotation

exercise_text = (
    "The city council met on Tuesday to discuss the new bridge. “The bridge is overdue,” said "
    "Mara Quill, who chairs the transport committee. Ozzie Brandt, the city treasurer, said the "
    "budget could not carry it before 2027. Tobias Renn called the plan “reckless”. “We will "
    "vote next week,” Quill said."
)
# your annotation: one (speaker, cue, content) per statement, copied from the text, then
# annotation(exercise_text, [...]) and brat.score(gn.attribute(exercise_text), your_annotation)

# %% tags=["solution"]
mine = annotation(exercise_text, [
    ("Mara Quill", "said", "“The bridge is overdue,”"),
    ("Ozzie Brandt", "said", "the budget could not carry it before 2027"),
    ("Tobias Renn", "called", "“reckless”"),
    ("Quill", "said", "“We will vote next week,”"),
])
rules = gn.attribute(exercise_text)
score = brat.score(rules, mine)
found = score.content(0.8)
print(f"the rules found {found.tp} of your {score.gold} statements and {found.fp} you did not "
      f"mark; right speaker for {score.speaker_correct} of {score.speaker_checked} matched")
rules[["speaker", "cue", "content", "rule"]]
