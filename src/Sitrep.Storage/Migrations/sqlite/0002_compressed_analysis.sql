-- The analysis JSON is ten times the article text: new rows keep it Brotli-compressed here and
-- leave analysis_json empty. Rows written before keep their JSON as it was.
ALTER TABLE articles ADD COLUMN analysis_br BLOB;
