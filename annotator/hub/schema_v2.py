"""Hub schema 2: every merge-tracked kind (blind ratings, adjudications, the verdict scale),
capture records and their bytes (content-addressed), and source kinds (see docs/HUB.md).

Upgrading from schema 1 turns the verdict records into verdict items (each with a revision
derived from its row) and replaces `push_item` and `push_record` with versions that know the
new kinds and their rules:

- the verdict scale: only editors change or delete a verdict or add a new label (the first
  project that seeds an empty hub brings its scale; a label the hub has may come again);
- adjudications: only editors write them;
- ratings: a rating for a rater who is another hub user's display name needs an editor (an
  adjudication keeps the verdict's setter's rating as evidence);
- capture records are insert-only and need their bytes on the hub first; bytes are stored
  by `put_blob`, which checks that they hash to their name.
"""

from __future__ import annotations

_TABLES = [
    """CREATE TABLE annotator_hub.blobs (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL, data bytea NOT NULL, pushed_by name NOT NULL,
        pushed_at timestamptz NOT NULL DEFAULT now())""",
    # schema 1 kept the scale as records; as items they carry revisions like everything else
    """INSERT INTO annotator_hub.items (kind, item_id, rev, row, tomb, seq, pushed_by)
       SELECT 'verdict', key, md5(row::text), row, NULL, seq, pushed_by
       FROM annotator_hub.records WHERE tbl = 'verdicts' ON CONFLICT DO NOTHING""",
    """INSERT INTO annotator_hub.revisions (kind, item_id, rev)
       SELECT 'verdict', key, md5(row::text) FROM annotator_hub.records WHERE tbl = 'verdicts'
       ON CONFLICT DO NOTHING""",
    "DELETE FROM annotator_hub.records WHERE tbl = 'verdicts'",
]

_PUT_BLOB = """CREATE FUNCTION annotator_hub.put_blob(sha text, bytes bytea) RETURNS boolean
   LANGUAGE plpgsql SECURITY DEFINER SET search_path = annotator_hub, pg_temp AS $$
   BEGIN
     IF NOT pg_has_role(session_user, 'annotator_checker', 'MEMBER') THEN
       RAISE EXCEPTION 'hub user % may only read this hub', session_user USING ERRCODE = '42501';
     END IF;
     IF encode(sha256(bytes), 'hex') <> sha THEN
       RAISE EXCEPTION 'refused: the bytes of capture % do not match their hash', sha;
     END IF;
     INSERT INTO annotator_hub.blobs (sha256, size, data, pushed_by)
       VALUES (sha, length(bytes), bytes, session_user) ON CONFLICT DO NOTHING;
     RETURN FOUND;
   END $$"""

# The rules of the kinds schema 2 adds; cur_row is the hub's row (NULL: new or deleted there).
_CHECK_KIND = """CREATE FUNCTION annotator_hub.check_kind(item jsonb, cur_row jsonb, s bigint)
   RETURNS void LANGUAGE plpgsql AS $$
   DECLARE kind text := item->>'kind'; new_row jsonb; editor boolean; changed boolean;
   BEGIN
     new_row := CASE WHEN jsonb_typeof(item->'row') = 'object' THEN item->'row' END;
     editor := pg_has_role(session_user, 'annotator_editor', 'MEMBER');
     changed := CASE WHEN new_row IS NULL THEN cur_row IS NOT NULL  -- deleting what it has
                     WHEN cur_row IS NULL THEN true
                     ELSE (new_row - 'modified' - 'modified_by')
                          <> (cur_row - 'modified' - 'modified_by') END;
     IF kind = 'verdict' AND changed AND NOT editor THEN
       IF new_row IS NULL OR cur_row IS NOT NULL OR (EXISTS (SELECT 1 FROM annotator_hub.items v
              WHERE v.kind = 'verdict' AND v.seq <> s) AND NOT EXISTS (SELECT 1
              FROM annotator_hub.items v WHERE v.kind = 'verdict' AND v.row IS NOT NULL
                AND lower(v.row->>'label') = lower(new_row->>'label'))) THEN
         RAISE EXCEPTION 'refused: only editors can % the verdict %',
           CASE WHEN cur_row IS NULL AND new_row IS NOT NULL THEN 'add' ELSE 'change' END,
           coalesce(new_row->>'label', cur_row->>'label', item->>'item_id')
           USING ERRCODE = '42501';
       END IF;
     ELSIF kind = 'adjudication' AND changed AND NOT editor THEN
       RAISE EXCEPTION 'refused: only editors can adjudicate a verdict (claim %)',
         coalesce(new_row->>'claim_id', cur_row->>'claim_id') USING ERRCODE = '42501';
     ELSIF kind = 'rating' AND changed AND new_row IS NOT NULL AND NOT editor AND EXISTS (SELECT 1
             FROM annotator_hub.members m WHERE m.display_name = new_row->>'rater'
               AND m.role <> session_user) THEN
       RAISE EXCEPTION 'refused: the rating of % is by another hub user', new_row->>'rater'
         USING ERRCODE = '42501';
     END IF;
   END $$"""

# push_item and push_record repeat much of schema 1's (schema_sql.py) on purpose: each schema
# version is frozen as it was released, so a hub upgraded step by step runs exactly that text.
_PUSH_ITEM = """CREATE OR REPLACE FUNCTION annotator_hub.push_item(item jsonb, me text, s bigint)
   RETURNS text LANGUAGE plpgsql AS $$
   DECLARE cur text; author text; gone boolean; cur_row jsonb;
   BEGIN
     SELECT rev, row->>'author_id', row IS NULL, row INTO cur, author, gone, cur_row
       FROM annotator_hub.items WHERE kind = item->>'kind' AND item_id = item->>'item_id';
     -- a deletion keeps the last revision: the same revision deleted is newer than alive
     IF cur = item->>'rev' AND (gone OR jsonb_typeof(item->'row') = 'object') THEN
       RETURN 'same';
     END IF;
     IF cur IS NOT NULL AND NOT (item->'history') ? cur THEN RETURN 'behind'; END IF;
     IF item->>'kind' NOT IN ('article', 'claim', 'source', 'comment', 'rating',
                              'adjudication', 'verdict') THEN
       RAISE EXCEPTION 'refused: unknown kind %', item->>'kind';
     END IF;
     PERFORM annotator_hub.check_kind(item, cur_row, s);
     IF item->>'kind' IN ('claim', 'comment') AND item->'row' IS NOT NULL
        AND jsonb_typeof(item->'row') = 'object' THEN
       IF cur IS NULL THEN
         PERFORM annotator_hub.check_author(item->'row'->>'author_id', me,
                                            (item->>'kind') || ' ' || (item->>'item_id'));
       ELSIF (item->'row'->>'author_id') IS DISTINCT FROM author THEN
         RAISE EXCEPTION 'refused: the author of % % cannot be changed', item->>'kind',
           item->>'item_id' USING ERRCODE = '42501';
       END IF;
     END IF;
     INSERT INTO annotator_hub.items AS i (kind, item_id, rev, row, tomb, seq, pushed_by)
       VALUES (item->>'kind', item->>'item_id', item->>'rev',
               CASE WHEN jsonb_typeof(item->'row') = 'object' THEN item->'row' END,
               CASE WHEN jsonb_typeof(item->'tomb') = 'object' THEN item->'tomb' END,
               s, session_user)
       ON CONFLICT (kind, item_id) DO UPDATE SET rev = excluded.rev, row = excluded.row,
           -- a deleted source remembers its claim, whose approval is checked again
           tomb = CASE WHEN excluded.tomb IS NOT NULL AND i.row IS NOT NULL
                       THEN excluded.tomb || jsonb_build_object('claim_id', i.row->>'claim_id')
                       ELSE excluded.tomb END,
           seq = excluded.seq, pushed_by = excluded.pushed_by,
           pushed_at = now();
     INSERT INTO annotator_hub.revisions (kind, item_id, rev)
       SELECT item->>'kind', item->>'item_id', h
       FROM jsonb_array_elements_text(item->'history' || jsonb_build_array(item->>'rev')) h
       ON CONFLICT DO NOTHING;
     RETURN 'written';
   END $$"""

_PUSH_RECORD = """CREATE OR REPLACE FUNCTION annotator_hub.push_record(tbl text, key text,
       parent text, rec jsonb, me text, s bigint) RETURNS boolean LANGUAGE plpgsql AS $$
   DECLARE author text;
   BEGIN
     IF tbl NOT IN ('review_records', 'claim_history', 'blind_reviews', 'conflicts', 'people',
                    'article_versions', 'captures', 'source_kinds') THEN
       RAISE EXCEPTION 'refused: unknown record table %', tbl;
     END IF;
     IF EXISTS (SELECT 1 FROM annotator_hub.records r WHERE r.tbl = push_record.tbl
                AND r.key = push_record.key) THEN
       -- the same rules as a file merge: a later name wins, a resolution is final,
       -- a blind review keeps its earliest start and latest reveal
       UPDATE annotator_hub.records r SET row = CASE
             WHEN push_record.tbl = 'blind_reviews' THEN r.row
               || jsonb_build_object('started_at', least(r.row->>'started_at', rec->>'started_at'),
                    'revealed_at', greatest(r.row->>'revealed_at', rec->>'revealed_at'))
             ELSE rec END,
           seq = s, pushed_by = session_user
         WHERE r.tbl = push_record.tbl AND r.key = push_record.key AND CASE
             WHEN push_record.tbl = 'people' THEN (rec->>'updated_at', rec->>'name')
                                      > (r.row->>'updated_at', r.row->>'name')
             WHEN push_record.tbl = 'conflicts' THEN coalesce(r.row->>'resolved_at', '') = ''
                                         AND coalesce(rec->>'resolved_at', '') <> ''
             WHEN push_record.tbl = 'blind_reviews' THEN rec->>'started_at' < r.row->>'started_at'
                                             OR rec->>'revealed_at' > r.row->>'revealed_at'
             ELSE false END;
       RETURN FOUND;
     END IF;
     IF tbl = 'review_records' THEN
       IF coalesce(rec->>'reviewer_id', '') <> me THEN
         RAISE EXCEPTION 'refused: review % is not by the signed-in hub user', key
           USING ERRCODE = '42501';
       END IF;
       IF rec->>'decision' IN ('approved', 'changes_requested')
          AND NOT pg_has_role(session_user, 'annotator_reviewer', 'MEMBER') THEN
         RAISE EXCEPTION 'refused: hub user % is not a reviewer', session_user
           USING ERRCODE = '42501';
       END IF;
       SELECT row->>'author_id' INTO author FROM annotator_hub.items
         WHERE kind = 'claim' AND item_id = parent;
       IF rec->>'decision' = 'approved' AND author = me THEN
         RAISE EXCEPTION 'refused: nobody can approve a claim they wrote (claim %)', parent
           USING ERRCODE = '42501';
       END IF;
     ELSIF tbl = 'captures' AND NOT EXISTS (SELECT 1 FROM annotator_hub.blobs b
             WHERE b.sha256 = rec->>'sha256') THEN
       RAISE EXCEPTION 'refused: capture % came without its bytes', key;
     END IF;
     INSERT INTO annotator_hub.records (tbl, key, parent, row, seq, pushed_by)
       VALUES (tbl, key, parent, rec, s, session_user);
     RETURN true;
   END $$"""

_GRANTS = [
    "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA annotator_hub FROM PUBLIC",
    "GRANT SELECT ON ALL TABLES IN SCHEMA annotator_hub TO annotator_reader",
    "GRANT EXECUTE ON FUNCTION annotator_hub.push_batch(jsonb) TO annotator_checker",
    "GRANT EXECUTE ON FUNCTION annotator_hub.put_blob(text, bytea) TO annotator_checker",
]

MIGRATION_2 = [*_TABLES, _PUT_BLOB, _CHECK_KIND, _PUSH_ITEM, _PUSH_RECORD, *_GRANTS]
