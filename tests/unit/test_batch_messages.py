"""How a batch's jobs are split into Celery messages (service.batches.message_chunks)."""

from service.batches import message_chunks


def test_messages_keep_every_job_once_in_order_and_taper_at_the_end():
    for count in (0, 1, 2, 15, 16, 17, 31, 32, 33, 100, 300, 1000):
        jobs = [f"job_{n}" for n in range(count)]
        chunks = message_chunks(jobs, 16)
        assert [j for chunk in chunks for j in chunk] == jobs
        assert all(1 <= len(chunk) <= 16 for chunk in chunks)
        sizes = [len(chunk) for chunk in chunks]
        assert sizes == sorted(sizes, reverse=True)  # full messages first, then smaller ones
        if count >= 16:
            assert sizes[-1] <= 2  # the last message is small: no pool process ends long after the rest
        assert len(chunks) <= -(-count // 16) + 5  # tapering adds a few messages, not one per job


def test_a_size_of_one_or_less_sends_one_job_per_message():
    assert message_chunks(["a", "b", "c"], 1) == [["a"], ["b"], ["c"]]
    assert message_chunks(["a", "b"], 0) == [["a"], ["b"]]
