-- Articles, their events and labels, ceasefires; full-text search over articles (tsvector + GIN).
CREATE TABLE articles (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash     TEXT NOT NULL UNIQUE,
    article_key      TEXT NOT NULL,
    source           TEXT,
    url              TEXT,
    title            TEXT,
    published        TEXT,
    text             TEXT NOT NULL,
    analysis_json    TEXT NOT NULL,
    analyzer_version TEXT NOT NULL,
    ingested_at      TEXT NOT NULL
);
CREATE INDEX articles_source ON articles(source);

CREATE TABLE events (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id        BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    article_key       TEXT NOT NULL,
    source            TEXT,
    url               TEXT,
    cameo             TEXT NOT NULL,
    root              TEXT NOT NULL,
    plover            TEXT NOT NULL,
    actor1            TEXT NOT NULL,
    actor1_text       TEXT,
    actor1_groups     TEXT NOT NULL,
    actor1_inherited  BOOLEAN NOT NULL,
    actor2            TEXT NOT NULL,
    actor2_text       TEXT,
    actor2_groups     TEXT NOT NULL,
    place_name        TEXT,
    place_text        TEXT,
    geoname_id        BIGINT,
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    country           TEXT,
    admin1            TEXT,
    admin1_name       TEXT,
    place_precision   TEXT,
    date_first        TEXT,
    date_last         TEXT,
    date_precision    TEXT,
    date_text         TEXT,
    modality          TEXT NOT NULL,
    claimed_by        TEXT NOT NULL,
    claimed_by_text   TEXT,
    fatalities        INTEGER,
    fatalities_text   TEXT,
    sentence_start    INTEGER NOT NULL,
    sentence_end      INTEGER NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    trigger_word      TEXT NOT NULL,
    evidence          TEXT NOT NULL,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX events_date ON events(date_first, date_last);
CREATE INDEX events_admin1 ON events(admin1);
CREATE INDEX events_root ON events(root);

CREATE TABLE labels (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source      TEXT,
    actor       TEXT,
    term        TEXT NOT NULL,
    polarity    TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL
);
CREATE INDEX labels_source ON labels(source);

CREATE TABLE ceasefires (
    name        TEXT PRIMARY KEY,
    definition  TEXT NOT NULL
);

ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
