"""Plain-text summaries of an article record, for the terminal (`dateline show`, `make run`)."""

from __future__ import annotations

from dateline.extract.five_w import main_event_answers
from dateline.records import Article


def article_summary(article: Article) -> str:
    d, surface = article.dateline, article.surface
    published = d.published.value if d.published else "unknown"
    lines = [
        f"id        {article.document.id}",
        f"title     {d.title or '-'}",
        f"published {published}" + (f"  (from {d.published.source})" if d.published else ""),
        f"outlet    {d.outlet or '-'}" + (f"  (from {d.outlet_source})" if d.outlet_source else ""),
        f"language  {d.language or '-'}   url {d.url or '-'}",
        "",
        f"entities ({len(article.entities)})",
    ]
    for e in article.entities:
        extra = [t.value for t in e.titles] + [r.value for r in e.roles]
        extra += [f"of {a.value}" for a in e.affiliations]
        extra += [f"in {a.value}" for a in e.located_in]
        names = ", ".join(dict.fromkeys(surface(m.span) for m in e.mentions))
        lines.append(
            f"  {e.id:<4} {e.type:<7} {e.name}  [{names}]"
            + (f"  ({'; '.join(dict.fromkeys(extra))})" if extra else "")
        )
    if article.times:
        lines += ["", f"times ({len(article.times)})"]
        lines += [
            f"  {t.id:<4} {t.type:<8} {t.value:<24} {surface(t.span)!r}" for t in article.times
        ]
    if article.statements:
        lines += ["", f"statements ({len(article.statements)})"]
        for s in article.statements:
            speaker = article.entity(s.speaker_id).name if s.speaker_id else None
            source = surface(s.source) if s.source else "?"
            content = " … ".join(surface(c) for c in s.content)
            lines.append(
                f"  {s.id:<4} {source}"
                + (f" (= {speaker})" if speaker else "")
                + f" {surface(s.cue)}: {content[:160]}"
            )
    answers = {q: a for q, a in main_event_answers(article).items() if a is not None}
    if answers:
        lines += ["", "main event"]
        lines += [
            f"  {question:<6} {answer.text}" + (f"  ({answer.value})" if answer.value else "")
            for question, answer in answers.items()
        ]
    if article.events:
        lines += ["", f"events ({len(article.events)})"]
        times = {t.id: t.value for t in article.times}
        for v in article.events:
            flags = " main" if v.is_main else (" referenced" if v.referenced else "")
            flags += f" (claimed in {v.statement_id})" if v.statement_id else ""
            flags += f" (part of {v.parent_id})" if v.parent_id else ""
            where = f" at {article.entity(v.place_id).name}" if v.place_id else ""
            when = " on " + ", ".join(times[t] for t in v.time_ids) if v.time_ids else ""
            lines.append(f"  {v.id:<4} {v.type:<14} {surface(v.trigger)!r}{where}{when}{flags}")
            for p in v.participants:
                lines.append(f"         {p.role}: {surface(p.span)}")
    if article.quantities:
        lines += ["", f"quantities ({len(article.quantities)})"]
        for q in article.quantities:
            counted = f" {surface(q.counted)}" if q.counted else ""
            claim = f" (claimed in {q.statement_id})" if q.statement_id else ""
            bound = f"{q.mod} " if q.mod else ""
            lines.append(
                f"  {q.id:<4} {surface(q.span)!r}: {bound}{q.value} {q.unit or ''}{counted}{claim}"
            )
    return "\n".join(lines)
