"""Statement extraction: who said what, direct, indirect and mixed, with speakers resolved to
the entity layer and the chain of attribution that reports them.

The cascade, per article body (`assemble.extract_statements` runs it):
1. find quotes in the text (every common mark style, paragraphs that continue a quote;
   `quotes`);
2. find cues in the dependency parse: a lemma from `lexicons.cues` in one of its frames, or a
   verb an optional learned cue model scores as one (`extract/cue_model.py`; `cues`, with the
   lexicon's vetoes and the cue's extent in `cue_words`, the fixed phrases and nouns in
   `phrases`);
3. per cue, the source (its subject, "according to X", a participle's governing subject;
   `sources`) and the content (the complement clause, the adjacent quote, the object or
   "about ..." phrase; `contents`);
4. line patterns with no verb: "Name: ..." headlines and transcripts, "“...” ― Name" captions
   (`lines`);
5. quotes with no cue of their own continue the direct statement just before them (`lines`);
6. nesting (a cue inside another statement's content) and the outlet's chain of attribution
   (`assemble`);
7. speakers: source span -> entity via its mentions, role references, pronouns, relatives
   (`speakers`);
8. links: the times and entities mentioned inside the content (`speakers`).

Every step reads and writes `drafts._Draft` records, in character offsets into the parsed doc;
`assemble` turns them into `Statement` records, in offsets into the article text.
"""

from dateline.extract.statements.assemble import extract_statements
from dateline.extract.statements.quotes import Quote, find_quotes, is_title_quote
from dateline.extract.statements.speakers import resolve_speaker

__all__ = ["Quote", "extract_statements", "find_quotes", "is_title_quote", "resolve_speaker"]
