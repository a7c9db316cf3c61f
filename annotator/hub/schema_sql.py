"""The hub's PostgreSQL schema, version by version (see docs/HUB.md).

Desktops never write tables: they call `annotator_hub.push_batch`, a SECURITY DEFINER
function that checks the caller's role (`session_user`, the authenticated PostgreSQL role),
binds it to one person, refuses records authored by another role and approvals that break
the four-eyes rule or do not cover the claim's current content. Readers get SELECT only.
Pushes take one transaction-scoped advisory lock, so sequence numbers follow commit order
and a puller's cursor never skips a commit.
"""

from __future__ import annotations

from annotator.hub.schema_v2 import MIGRATION_2

SCHEMA = "annotator_hub"
ROLES = ("annotator_reader", "annotator_checker", "annotator_reviewer", "annotator_editor")

_ROLES_DDL = """DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'annotator_reader') THEN
        CREATE ROLE annotator_reader NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'annotator_checker') THEN
        CREATE ROLE annotator_checker NOLOGIN IN ROLE annotator_reader; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'annotator_reviewer') THEN
        CREATE ROLE annotator_reviewer NOLOGIN IN ROLE annotator_checker; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'annotator_editor') THEN
        CREATE ROLE annotator_editor NOLOGIN IN ROLE annotator_reviewer; END IF;
END $$"""

_TABLES = [
    "CREATE SCHEMA annotator_hub",
    "CREATE TABLE annotator_hub.meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE SEQUENCE annotator_hub.seq",
    """CREATE TABLE annotator_hub.items (
        kind text NOT NULL, item_id text NOT NULL, rev text NOT NULL,
        row jsonb, tomb jsonb, seq bigint NOT NULL,
        pushed_by name NOT NULL, pushed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, item_id))""",
    "CREATE INDEX items_seq ON annotator_hub.items (seq)",
    """CREATE TABLE annotator_hub.revisions (
        kind text NOT NULL, item_id text NOT NULL, rev text NOT NULL,
        PRIMARY KEY (kind, item_id, rev))""",
    """CREATE TABLE annotator_hub.records (
        tbl text NOT NULL, key text NOT NULL, parent text NOT NULL DEFAULT '',
        row jsonb NOT NULL, seq bigint NOT NULL, pushed_by name NOT NULL,
        PRIMARY KEY (tbl, key))""",
    "CREATE INDEX records_seq ON annotator_hub.records (seq)",
    "CREATE INDEX records_parent ON annotator_hub.records (tbl, parent)",
    """CREATE TABLE annotator_hub.members (
        role name PRIMARY KEY, person_id text NOT NULL UNIQUE, display_name text NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now())""",
]

_HELPERS = [
    """CREATE FUNCTION annotator_hub.as_jsonb(value text) RETURNS jsonb
       LANGUAGE plpgsql IMMUTABLE AS $$
       BEGIN RETURN value::jsonb; EXCEPTION WHEN others THEN RETURN NULL; END $$""",
    # The same content as the desktop's view claim_reviewed_content (migration 0006).
    """CREATE FUNCTION annotator_hub.claim_content(cid text) RETURNS jsonb
       LANGUAGE sql STABLE AS $$
       SELECT jsonb_build_array(c.row->'quote_exact', c.row->'claim_reviewed', c.row->'claimant',
              c.row->'claim_date', c.row->'verdict_id', c.row->'explanation',
              coalesce((SELECT jsonb_agg(jsonb_build_array(s.row->'url', s.row->'title',
                            s.row->'publisher', s.row->'source_author', s.row->'source_date',
                            s.row->'archive_url', s.row->'excerpt', s.row->'locator',
                            s.row->'kind', s.row->'stance')
                        ORDER BY (s.row->>'position')::int, s.item_id COLLATE "C")
                        FROM annotator_hub.items s
                        WHERE s.kind = 'source' AND s.row IS NOT NULL
                          AND s.row->>'claim_id' = cid), '[]'::jsonb))
       FROM annotator_hub.items c WHERE c.kind = 'claim' AND c.item_id = cid
         AND c.row IS NOT NULL $$""",
    """CREATE FUNCTION annotator_hub.approval_valid(cid text) RETURNS boolean
       LANGUAGE sql STABLE AS $$
       SELECT EXISTS (SELECT 1 FROM annotator_hub.records r, annotator_hub.items c
           WHERE r.tbl = 'review_records' AND r.parent = cid AND r.row->>'decision' = 'approved'
             AND c.kind = 'claim' AND c.item_id = cid
             AND coalesce(r.row->>'reviewer_id', '') <> ''
             AND r.row->>'reviewer_id' IS DISTINCT FROM c.row->>'author_id'
             AND annotator_hub.as_jsonb(r.row->>'reviewed_content')
                 = annotator_hub.claim_content(cid)) $$""",
    """CREATE FUNCTION annotator_hub.bind_member(pid text, pname text) RETURNS text
       LANGUAGE plpgsql AS $$
       DECLARE known text;
       BEGIN
         SELECT person_id INTO known FROM annotator_hub.members WHERE role = session_user;
         IF known IS NULL THEN
           IF EXISTS (SELECT 1 FROM annotator_hub.members WHERE person_id = pid) THEN
             RAISE EXCEPTION 'this person is already another hub user; sign in as that user'
               USING ERRCODE = '42501';
           END IF;
           INSERT INTO annotator_hub.members (role, person_id, display_name)
             VALUES (session_user, pid, pname);
           RETURN pid;
         END IF;
         IF known <> pid THEN
           RAISE EXCEPTION 'hub user % works as another person on this hub', session_user
             USING ERRCODE = '42501';
         END IF;
         UPDATE annotator_hub.members SET display_name = pname WHERE role = session_user;
         RETURN pid;
       END $$""",
    # A record whose author is bound to another hub user cannot come from me.
    """CREATE FUNCTION annotator_hub.check_author(person text, me text, what text) RETURNS void
       LANGUAGE plpgsql AS $$
       BEGIN
         IF coalesce(person, '') <> '' AND person <> me AND EXISTS
             (SELECT 1 FROM annotator_hub.members WHERE person_id = person) THEN
           RAISE EXCEPTION 'refused: % is authored by another hub user', what
             USING ERRCODE = '42501';
         END IF;
       END $$""",
]

_PUSH_ITEM = """CREATE FUNCTION annotator_hub.push_item(item jsonb, me text, s bigint)
   RETURNS text LANGUAGE plpgsql AS $$
   DECLARE cur text; author text; gone boolean;
   BEGIN
     SELECT rev, row->>'author_id', row IS NULL INTO cur, author, gone FROM annotator_hub.items
       WHERE kind = item->>'kind' AND item_id = item->>'item_id';
     -- a deletion keeps the last revision: the same revision deleted is newer than alive
     IF cur = item->>'rev' AND (gone OR jsonb_typeof(item->'row') = 'object') THEN
       RETURN 'same';
     END IF;
     IF cur IS NOT NULL AND NOT (item->'history') ? cur THEN RETURN 'behind'; END IF;
     IF item->>'kind' NOT IN ('article', 'claim', 'source', 'comment') THEN
       RAISE EXCEPTION 'refused: unknown kind %', item->>'kind';
     END IF;
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

_PUSH_RECORD = """CREATE FUNCTION annotator_hub.push_record(tbl text, key text, parent text,
       rec jsonb, me text, s bigint) RETURNS boolean LANGUAGE plpgsql AS $$
   DECLARE author text;
   BEGIN
     IF tbl NOT IN ('review_records', 'claim_history', 'blind_reviews', 'conflicts', 'people',
                    'verdicts', 'article_versions') THEN
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
     ELSIF tbl = 'verdicts' AND EXISTS (SELECT 1 FROM annotator_hub.records r
             WHERE r.tbl = 'verdicts' AND r.seq <> s) AND NOT EXISTS (SELECT 1 FROM annotator_hub.records r
             WHERE r.tbl = 'verdicts' AND lower(r.row->>'label') = lower(rec->>'label'))
             AND NOT pg_has_role(session_user, 'annotator_editor', 'MEMBER') THEN
       RAISE EXCEPTION 'refused: only editors can add the verdict %', rec->>'label'
         USING ERRCODE = '42501';
     END IF;
     INSERT INTO annotator_hub.records (tbl, key, parent, row, seq, pushed_by)
       VALUES (tbl, key, parent, rec, s, session_user);
     RETURN true;
   END $$"""

_PUSH_BATCH = """CREATE FUNCTION annotator_hub.push_batch(payload jsonb) RETURNS jsonb
   LANGUAGE plpgsql SECURITY DEFINER SET search_path = annotator_hub, pg_temp AS $$
   DECLARE me text; item jsonb; rec jsonb; s bigint; behind jsonb := '[]'; n int := 0;
           cid text; outcome text; m int := 0;
   BEGIN
     IF NOT pg_has_role(session_user, 'annotator_checker', 'MEMBER') THEN
       RAISE EXCEPTION 'hub user % may only read this hub', session_user
         USING ERRCODE = '42501';
     END IF;
     PERFORM pg_advisory_xact_lock(20261201);
     me := annotator_hub.bind_member(payload->>'person_id', payload->>'display_name');
     s := nextval('annotator_hub.seq');
     FOR item IN SELECT * FROM jsonb_array_elements(payload->'items') LOOP
       outcome := annotator_hub.push_item(item, me, s);
       IF outcome = 'written' THEN n := n + 1;
       ELSIF outcome = 'behind' THEN behind := behind || jsonb_build_array(item->>'item_id');
       END IF;
     END LOOP;
     FOR rec IN SELECT * FROM jsonb_array_elements(payload->'records') LOOP
       IF annotator_hub.push_record(rec->>'tbl', rec->>'key', rec->>'parent',
                                    rec->'row', me, s) THEN m := m + 1; END IF;
     END LOOP;
     FOR cid IN SELECT c.item_id FROM annotator_hub.items c
                WHERE c.kind = 'claim' AND c.row->>'status' = 'approved'
                  AND (c.seq = s OR EXISTS (SELECT 1 FROM annotator_hub.items x
                       WHERE x.kind = 'source' AND x.seq = s
                         AND coalesce(x.row->>'claim_id', x.tomb->>'claim_id') = c.item_id))
     LOOP
       IF NOT annotator_hub.approval_valid(cid) THEN
         RAISE EXCEPTION 'refused: claim % is approved without an approval of its current content by someone other than its author', cid
           USING ERRCODE = '42501';
       END IF;
     END LOOP;
     IF n + m > 0 THEN PERFORM pg_notify('annotator_hub', s::text); END IF;
     RETURN jsonb_build_object('seq', s, 'accepted', n, 'records', m, 'behind', behind);
   END $$"""

_GRANTS = [
    "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA annotator_hub FROM PUBLIC",
    "GRANT USAGE ON SCHEMA annotator_hub TO annotator_reader",
    "GRANT SELECT ON ALL TABLES IN SCHEMA annotator_hub TO annotator_reader",
    "GRANT EXECUTE ON FUNCTION annotator_hub.push_batch(jsonb) TO annotator_checker",
]

MIGRATIONS: dict[int, list[str]] = {
    1: [_ROLES_DDL, *_TABLES, *_HELPERS, _PUSH_ITEM, _PUSH_RECORD, _PUSH_BATCH, *_GRANTS],
    2: MIGRATION_2,
}
HUB_VERSION = max(MIGRATIONS)
