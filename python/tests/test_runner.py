"""pipe(): order, threads, memory, and sharing one Pipeline."""

from __future__ import annotations

import threading

import cadena
from conftest import corpus_items, paragraphs


def numbered(count: int) -> list[dict]:
    texts = paragraphs()
    return [{"id": f"p{i}", "text": texts[i % len(texts)]} for i in range(count)]


def test_threads_keep_input_order_over_thousands_of_documents(nlp):
    items = numbered(3000)
    assert len({i["text"] for i in items}) > 50
    two = [(doc.id, doc.to_json()) for doc in nlp.pipe(items, threads=2)]
    assert [i for i, _ in two] == [item["id"] for item in items]
    one = [doc.to_json() for doc in nlp.pipe(items[:300], threads=1)]
    assert [j for _, j in two[:300]] == one


def test_pipe_is_lazy(nlp):
    pulled = []

    def texts():
        for i in range(1000):
            pulled.append(i)
            yield f"Documento número {i} sobre Madrid."

    stream = nlp.pipe(texts(), threads=2)
    assert pulled == []
    first = next(stream)
    assert first.id == "1"
    assert len(pulled) < 100  # a bounded window ahead, not the whole input
    stream.close()


def test_stopping_early_frees_the_runner(nlp):
    for _ in range(20):
        for doc in nlp.pipe((f"Texto {i} de Lima." for i in range(10_000)), threads=2):
            if doc.id == "5":
                break


def rss_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_a_generator_of_20000_documents_runs_in_flat_memory(nlp):
    texts = paragraphs()

    def documents():
        for i in range(20_000):
            # Each text a fresh string, as from a file, and a little different.
            yield {"id": f"g{i}", "text": f"{texts[i % len(texts)]} ({i})"}

    seen = 0
    after_warmup = 0
    for doc in nlp.pipe(documents(), threads=2):
        assert doc.id == f"g{seen}"
        seen += 1
        if seen == 2_000:
            after_warmup = rss_kib()
    grown = rss_kib() - after_warmup
    assert seen == 20_000
    # 18,000 more documents of ~300 bytes held would be well over 20 MiB with
    # their layers; flat means the runner's window only.
    assert grown < 20 * 1024, f"RSS grew by {grown} KiB"


def test_two_python_threads_share_one_pipeline(nlp):
    items = corpus_items()
    expected = [doc.to_json() for doc in nlp.pipe(items)]
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            out = []
            for _ in range(3):
                out.extend(doc.to_json() for doc in nlp.pipe(items, threads=2))
                out.extend(nlp(item["text"], id=item["id"]).to_json() for item in items)
            results[n] = out
        except BaseException as e:  # reported below, in the test's thread
            errors.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors
    assert all(not t.is_alive() for t in threads)
    assert results[0] == results[1] == expected * 6


def test_a_custom_config_from_a_dict():
    nlp = cadena.Pipeline({"pipeline": [{"plugin": "clean"}, {"plugin": "split"}]})
    assert nlp.stages == ["clean", "split"]
    doc = nlp("Primera frase. Segunda frase.")
    assert doc.layers == ["dateline", "sentences"]  # clean writes the (here empty) dateline
    assert [s.text for s in doc["sentences"]] == ["Primera frase.", "Segunda frase."]
