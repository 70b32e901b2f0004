"""Loading and cleaning: expectations worked out by hand from data/raw/geneva-talks.txt."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

import geneva_nb as gn
from geneva_nb.article import as_article
from geneva_nb.errors import (
    ArticleNotFoundError,
    DecodeError,
    EmptyArticleError,
    GenevaNbError,
    GenevaNbWarning,
    InputError,
)

RAW = Path(__file__).resolve().parents[1] / "data" / "raw" / "geneva-talks.txt"


def test_raw_file_is_the_seed_byte_for_byte():
    seed = Path(__file__).resolve().parents[2] / "shared" / "seed" / "geneva-talks.txt"
    if not seed.exists():
        pytest.skip("shared/seed is not beside this checkout")
    assert RAW.read_bytes() == seed.read_bytes()


def test_metadata_date_and_provenance(geneva):
    assert geneva.meta["published"] == "2022-01-10"
    assert geneva.dct == dt.date(2022, 1, 10)
    assert geneva.meta["place"] == "Geneva"
    assert "inferred" in geneva.meta["provenance"]


def test_removed_items_are_the_four_scraper_leftovers(geneva):
    # raw lines: [ad_1], 7 paragraphs, "top channel", [ad_2], "Source link"
    assert [(r.kind, r.text) for r in geneva.removed] == [
        ("ad_marker", "[ad_1]"),
        ("widget_line", "top channel"),
        ("ad_marker", "[ad_2]"),
        ("widget_line", "Source link"),
    ]
    assert geneva.removed[0].raw_start == 0 and geneva.removed[0].raw_end == 6
    for r in geneva.removed:
        assert geneva.raw[r.raw_start : r.raw_end] == r.text


def test_cleaned_text_keeps_wording_and_typographic_quotes(geneva):
    assert geneva.text.startswith("During today’s talks between the United States and Russia")
    assert geneva.text.endswith("and was held behind closed doors.")
    for mark in "“”‘’'":
        assert geneva.text.count(mark) == geneva.raw.count(mark)
    assert "[ad_" not in geneva.text and "Source link" not in geneva.text
    # nothing but the removed lines and their line breaks is gone
    assert len(geneva.raw) - len(geneva.text) == sum(len(r.text) + 1 for r in geneva.removed)


def test_paragraphs_and_sentences(geneva):
    assert len(geneva.paragraphs) == 7
    assert geneva.paragraph_texts()[2].startswith("Russian Deputy Foreign Minister Sergei Ryabkov")
    sents = gn.sentences(geneva)
    assert list(sents.columns) == ["sentence_id", "paragraph_id", "start", "end", "text"]
    # per paragraph, counted by hand: the 3rd paragraph has 5 sentences, the last has the
    # stray fragment "de-escalation." as a sentence of its own
    assert sents.groupby("paragraph_id").size().tolist() == [1, 3, 5, 3, 3, 2, 3]
    assert sents.text.iloc[5] == "He said Moscow needed guarantees, not promises."
    assert sents.text.iloc[18] == "de-escalation."
    assert list(sents.sentence_id) == list(range(20))
    for row in sents.itertuples():
        assert geneva.text[row.start : row.end] == row.text


def test_anomalies_are_reported_not_fixed(geneva):
    kinds = {(a.kind, a.paragraph_id) for a in geneva.anomalies}
    # paragraph 2 opens “ three times and closes ” twice (and opens ‘ closed by a straight ');
    # paragraph 4 opens “ twice and closes once; it also lacks its final full stop
    assert ("unbalanced_quotes", 2) in kinds and ("unbalanced_quotes", 4) in kinds
    assert ("no_final_punctuation", 4) in kinds
    fragments = [a for a in geneva.anomalies if a.kind == "fragment"]
    assert [geneva.text[a.start : a.end] for a in fragments] == ["de-escalation."]
    assert {p for k, p in kinds if k == "unbalanced_quotes"} == {2, 4}


def test_to_raw_maps_every_character_back(geneva):
    for i, ch in enumerate(geneva.text):
        if ch != "\n":
            assert geneva.raw[geneva.to_raw(i)] == ch
    with pytest.raises(InputError):
        geneva.to_raw(len(geneva.text) + 1)


def test_whitespace_normalised_and_mapped():
    art = gn.load_article("  [ad_1]\n\nShe  said\t“yes.”  \n\n\nSource link\n".encode())
    assert art.text == "She said “yes.”"
    assert art.raw[art.to_raw(art.text.index("“"))] == "“"
    assert [r.text for r in art.removed] == ["[ad_1]", "Source link"]


# ------------------------------------------------------------------------------ input formats

ARTICLE = "Sherman said the talks were “sincere and direct.”\nRyabkov called them “difficult.”\n"


def test_utf8_with_bom_and_utf16(tmp_path):
    for name, data in {
        "bom.txt": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        "u16.txt": ARTICLE.encode("utf-16"),  # with BOM
        "u16le.txt": ARTICLE.encode("utf-16-le"),  # without BOM
    }.items():
        (tmp_path / name).write_bytes(data)
        art = gn.load_article(tmp_path / name)
        assert art.text == ARTICLE.strip(), name


def test_cp1252_decoded_with_a_warning(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))  # “ ” become bytes 0x93 0x94
    with pytest.warns(GenevaNbWarning, match="cp1252"):
        art = gn.load_article(path)
    assert "“sincere and direct.”" in art.text


def test_html_page_is_stripped_to_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Talks</title><style>p{color:red}</style></head>"
        "<body><script>alert('x')</script><p>Sherman said it was &ldquo;direct.&rdquo;</p>"
        "<p>Ryabkov   disagreed.</p><div>Read more</div></body></html>",
        encoding="utf-8",
    )
    art = gn.load_article(page)
    assert art.text == "Sherman said it was “direct.”\nRyabkov disagreed."
    assert art.meta["title"] == "Talks"
    kinds = [r.kind for r in art.removed]
    assert kinds.count("markup") == 2  # <head> (with its style) and <script>
    assert "widget_line" in kinds  # "Read more"
    script = next(r for r in art.removed if "alert" in r.text)
    assert art.raw[script.raw_start : script.raw_end] == "<script>alert('x')</script>"
    i = art.text.index("Ryabkov")
    assert art.raw[art.to_raw(i) : art.to_raw(i) + 7] == "Ryabkov"


def test_sidecar_metadata_and_keyword_override(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2021-12-17", "x": 1}))
    art = gn.load_article(tmp_path / "a.txt")
    assert art.meta == {"published": "2021-12-17", "x": 1}
    art = gn.load_article(str(tmp_path / "a.txt"), published="2022-01-10", title=None)
    assert art.meta["published"] == "2022-01-10" and "title" not in art.meta


@pytest.mark.parametrize(
    ("content", "error", "hint"),
    [
        (b"", EmptyArticleError, "empty"),
        (b"  \n\t\n", EmptyArticleError, "empty"),
        (b"[ad_1]\nSource link\n", EmptyArticleError, "boilerplate"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", DecodeError, "binary"),
        (b"caf\xe9 \x81 bad", DecodeError, "UTF-8"),
    ],
)
def test_bad_files_raise_actionable_errors(tmp_path, content, error, hint):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error, match=hint):
        gn.load_article(path)


def test_missing_file_and_wrong_types():
    with pytest.raises(ArticleNotFoundError, match="does not exist") as info:
        gn.load_article("no/such/article.txt")
    assert isinstance(info.value, FileNotFoundError)  # callers catching the builtin still work
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        gn.load_article(published="10/01/2022")
    with pytest.raises(GenevaNbError):
        gn.load_article(42)  # type: ignore[arg-type]


def test_strings_are_analysed_verbatim():
    text = "  [ad_1] He said so.\n\nShe agreed. "
    art = as_article(text, published="2022-01-10")
    assert art.text == text and art.removed == []
    assert [text[a:b] for a, b in art.paragraphs] == ["[ad_1] He said so.", "She agreed."]
    assert art.dct == dt.date(2022, 1, 10)
    assert list(gn.sentences(text).text) == ["[ad_1] He said so.", "She agreed."]
    with pytest.raises(InputError):
        as_article(b"bytes")  # type: ignore[arg-type]


def test_load_article_takes_the_text_itself():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        art = gn.load_article("He said so.\n[ad_2]\nShe agreed.")
    assert art.text == "He said so.\nShe agreed." and len(art.removed) == 1


def test_a_sentence_with_a_slash_is_text_not_a_path():
    art = gn.load_article("The US/Russia talks ended without agreement.")
    assert art.text == "The US/Russia talks ended without agreement."
    with pytest.raises(ArticleNotFoundError):
        gn.load_article("notes/talks.txt")  # one word that looks like a path: a missing file


def test_a_sidecar_without_a_date_means_no_date(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": null, "title": "Talks"}')
    art = gn.load_article(tmp_path / "a.txt")
    assert art.meta == {"title": "Talks"} and art.dct is None
    (tmp_path / "a.meta.json").write_text('{"published": "last Monday"}')
    with pytest.raises(InputError, match=r"a\.meta\.json"):
        gn.load_article(tmp_path / "a.txt")


def test_html_title_keeps_its_character_references(tmp_path):
    page = tmp_path / "t.html"
    page.write_text("<html><head><title>AT&amp;T &#8211; talks</title></head>"
                    "<body><p>Text.</p></body></html>", encoding="utf-8")
    assert gn.load_article(page).meta["title"] == "AT&T – talks"


def test_title_from_metadata_then_file_name(tmp_path, geneva):
    assert geneva.title == "US–Russia security talks in Geneva: Sherman and Ryabkov"
    (tmp_path / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    assert gn.load_article(tmp_path / "talks.txt").title == "talks.txt"
    assert gn.load_article("He said so.").title == "Article"


def test_a_long_one_line_text_is_read_as_text_not_as_a_file_name():
    # 300 characters with spaces: text (the system would refuse it as a file name)
    text = "Lee said the talks failed. " * 11
    assert len(text) > 255
    art = gn.load_article(text)
    assert art.text == text.strip()
    # one 300-character word ending in .txt looks like a path: a package error, not OSError
    with pytest.raises(gn.errors.ArticleNotFoundError, match="does not exist"):
        gn.load_article("x" * 300 + ".txt")
