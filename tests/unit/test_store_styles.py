"""The store's house-style section against a real (embedded) Redis: versions, retention, tenants, jobs."""

from __future__ import annotations

from core.store import STYLE_RETENTION_S, style_version_key

RULES = [{"id": "kyiv", "type": "substitution", "swap": {"Kiev": "Kyiv"}}]
OTHER = [{"id": "no", "type": "existence", "tokens": ["slams"]}]


def test_versions_go_up_on_change_only_and_old_ones_expire(store):
    head, created = store.put_style("c1", "house", "d", RULES)
    assert created and head["version"] == 1 and head["rule_count"] == 1
    same, created = store.put_style("c1", "house", "d", RULES)
    assert not created and same["version"] == 1
    changed, created = store.put_style("c1", "house", "d", OTHER)
    assert not created and changed["version"] == 2
    assert store.style("c1", "house")["rules"] == OTHER
    # version 1 stays for jobs queued with it, for a while
    assert store.style_version("c1", "house", 1)["rules"] == RULES
    assert 0 < store.r.ttl(style_version_key("c1", "house", 1)) <= STYLE_RETENTION_S
    assert store.r.ttl(style_version_key("c1", "house", 2)) == -1  # the current one does not expire


def test_delete_keeps_the_last_version_for_queued_jobs_and_never_reuses_numbers(store):
    store.put_style("c1", "house", "", RULES)
    assert store.delete_style("c1", "house")
    assert store.style("c1", "house") is None and store.styles("c1") == []
    assert not store.delete_style("c1", "house")
    assert store.style_version("c1", "house", 1)["rules"] == RULES
    assert store.r.ttl(style_version_key("c1", "house", 1)) > 0
    head, created = store.put_style("c1", "house", "", RULES)
    assert created and head["version"] == 2


def test_styles_are_per_client(store):
    store.put_style("c1", "house", "", RULES)
    assert store.style("c2", "house") is None and store.style_head("c2", "house") is None
    assert not store.delete_style("c2", "house")
    store.put_style("c2", "house", "", OTHER)
    assert store.style("c1", "house")["rules"] == RULES
    assert [s["style_id"] for s in store.styles("c1")] == ["house"] and store.style_count("c2") == 1


def test_jobs_carry_the_style_version_they_were_given(store):
    ref = {"id": "house", "version": 3}
    job = store.submit("c1", {"title": "t", "body": "b", "style": ref}).job
    assert job["style"] == ref and store.job(job["job_id"])["style"] == ref
    plain = store.submit("c1", {"title": "t", "body": "other"}).job
    assert plain["style"] is None
    subs = store.submit_many(
        "c1", [{"title": "t", "body": "x", "style": ref}, {"title": "t", "body": "y"}], batch_id="bat_1"
    )
    assert [store.job(s.job["job_id"])["style"] for s in subs.submissions] == [ref, None]
