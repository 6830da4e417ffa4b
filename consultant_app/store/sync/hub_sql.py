"""The hub's schema in PostgreSQL: tables, the functions consultants call, and their grants.

Everything lives in the schema ``hub``, owned by the role that ran ``team init``.
Consultants belong to the group role ``<database>_consultant``: they may read and call
the SECURITY DEFINER functions below, nothing else (no DDL, no direct writes: the change
log cannot be rewritten). The functions record ``session_user``, the consultant's own role.

The change log's ``seq`` is gap-free and commits in order: it is taken under a
transaction-level advisory lock held until commit, so a reader that has seen ``seq`` N
has seen every change before it.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
LOCK_KEY = 0x4855_4253  # pg_advisory_xact_lock key of the change log ("HUBS")

TABLES = """
CREATE SCHEMA hub;
CREATE TABLE hub.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE hub.row (
    entity text NOT NULL, row_id text NOT NULL, version bigint NOT NULL,
    data jsonb, deleted boolean NOT NULL DEFAULT false,
    PRIMARY KEY (entity, row_id));
CREATE TABLE hub.change (
    seq bigint PRIMARY KEY, entity text NOT NULL, row_id text NOT NULL,
    data jsonb, author text NOT NULL, laptop text NOT NULL, batch_id uuid NOT NULL,
    committed_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX change_row ON hub.change (entity, row_id);
CREATE TABLE hub.applied_batch (
    batch_id uuid PRIMARY KEY, laptop text NOT NULL, author text NOT NULL,
    result jsonb NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE hub.blob (sha256 text PRIMARY KEY, content bytea NOT NULL);
CREATE TABLE hub.reference_lease (
    year integer NOT NULL, first integer NOT NULL, last integer NOT NULL,
    laptop text NOT NULL, author text NOT NULL, leased_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (year, first));
"""

FUNCTIONS = """
CREATE FUNCTION hub.version_parts(v text) RETURNS int[] LANGUAGE sql IMMUTABLE AS
$$ SELECT array_agg(coalesce(nullif(regexp_replace(p, '\\D', '', 'g'), ''), '0')::int)
   FROM unnest(string_to_array(v, '.')) p $$;

CREATE FUNCTION hub.check_app(app_version text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE minimum text := (SELECT value FROM hub.meta WHERE key = 'min_app_version');
BEGIN
    IF minimum IS NOT NULL AND hub.version_parts(app_version) < hub.version_parts(minimum) THEN
        RAISE EXCEPTION 'this application (version %) is older than the team hub accepts '
            '(version % or later): update the application', app_version, minimum
            USING ERRCODE = 'P0001', HINT = 'app-too-old';
    END IF;
END $$;

CREATE FUNCTION hub.push(batch uuid, laptop text, app_version text, changes jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = hub, pg_temp AS $$
DECLARE
    done jsonb; item jsonb; current bigint; next_seq bigint;
    accepted jsonb := '[]'; refused jsonb := '[]';
BEGIN
    PERFORM hub.check_app(app_version);
    PERFORM pg_advisory_xact_lock(%(lock)s);
    SELECT result INTO done FROM hub.applied_batch WHERE batch_id = batch;
    IF FOUND THEN RETURN done || '{"repeated": true}'; END IF;
    SELECT coalesce(max(seq), 0) INTO next_seq FROM hub.change;
    FOR item IN SELECT * FROM jsonb_array_elements(changes) LOOP
        SELECT version INTO current FROM hub.row
            WHERE entity = item->>'entity' AND row_id = item->>'row_id';
        IF coalesce(current, 0) <> (item->>'base')::bigint THEN
            refused := refused || jsonb_build_object('entity', item->>'entity',
                'row_id', item->>'row_id', 'version', coalesce(current, 0));
            CONTINUE;
        END IF;
        next_seq := next_seq + 1;
        INSERT INTO hub.change (seq, entity, row_id, data, author, laptop, batch_id)
            VALUES (next_seq, item->>'entity', item->>'row_id',
                    nullif(item->'data', 'null'::jsonb), session_user, laptop, batch);
        INSERT INTO hub.row (entity, row_id, version, data, deleted)
            VALUES (item->>'entity', item->>'row_id', next_seq,
                    nullif(item->'data', 'null'::jsonb), jsonb_typeof(item->'data') = 'null')
            ON CONFLICT (entity, row_id) DO UPDATE SET version = excluded.version,
                data = excluded.data, deleted = excluded.deleted;
        IF (item->>'erase')::boolean THEN
            UPDATE hub.change SET data = nullif(item->'data', 'null'::jsonb)
                WHERE entity = item->>'entity' AND row_id = item->>'row_id';
        END IF;
        accepted := accepted || jsonb_build_object('entity', item->>'entity',
            'row_id', item->>'row_id', 'version', next_seq);
    END LOOP;
    done := jsonb_build_object('accepted', accepted, 'refused', refused);
    INSERT INTO hub.applied_batch (batch_id, laptop, author, result)
        VALUES (batch, laptop, session_user, done);
    RETURN done;
END $$;

-- A laptop's own changes are left out: it recorded them when the hub accepted them.
CREATE FUNCTION hub.pull(after bigint, page integer, app_version text, me text)
RETURNS TABLE (seq bigint, entity text, row_id text, data jsonb, author text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = hub, pg_temp AS $$
BEGIN
    PERFORM hub.check_app(app_version);
    RETURN QUERY SELECT c.seq, c.entity, c.row_id, c.data, c.author FROM hub.change c
        WHERE c.seq > after AND c.laptop <> me ORDER BY c.seq LIMIT page;
END $$;

CREATE FUNCTION hub.put_blob(sha text, content bytea) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = hub, pg_temp AS $$
BEGIN
    IF encode(sha256(content), 'hex') <> sha THEN
        RAISE EXCEPTION 'the file does not match its SHA-256 %%', sha;
    END IF;
    INSERT INTO hub.blob VALUES (sha, content) ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION hub.lease_references(for_year integer, size integer, laptop text, used integer)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = hub, pg_temp AS $$
DECLARE start integer;
BEGIN
    PERFORM pg_advisory_xact_lock(%(lock)s);
    SELECT greatest(coalesce(max(last), 0), used) + 1 INTO start FROM hub.reference_lease
        WHERE year = for_year;
    INSERT INTO hub.reference_lease (year, first, last, laptop, author)
        VALUES (for_year, start, start + size - 1, laptop, session_user);
    RETURN start;
END $$;
""".replace("%(lock)s", str(LOCK_KEY)).replace("%%", "%")

SECURITY = """
REVOKE ALL ON SCHEMA hub FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA hub FROM PUBLIC;
GRANT USAGE ON SCHEMA hub TO {group};
GRANT SELECT ON ALL TABLES IN SCHEMA hub TO {group};
GRANT EXECUTE ON FUNCTION hub.push(uuid, text, text, jsonb), hub.pull(bigint, integer, text, text),
    hub.put_blob(text, bytea), hub.lease_references(integer, integer, text, integer),
    hub.check_app(text), hub.version_parts(text) TO {group};
"""


def group_role(database: str) -> str:
    """The group role of a hub's consultants: ``<database>_consultant``."""
    return f"{database}_consultant"
