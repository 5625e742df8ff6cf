-- The narrative sections of a joint risk analysis report, written by the hub's analysts for a span
-- of quarters in one language, kept with the report: generating the PDF again gives the same text.
create table analysis_narrative (
    period_from text not null check (period_from ~ '^\d{4}Q[1-4]$'),
    period_to   text not null check (period_to ~ '^\d{4}Q[1-4]$'),
    language    text not null,
    section     text not null check (section in ('context', 'threat', 'vulnerability', 'impact',
                                                 'outlook')),
    body        text not null check (length(body) <= 20000),
    updated_at  timestamptz not null,
    updated_by  text not null,
    primary key (period_from, period_to, language, section)
);
