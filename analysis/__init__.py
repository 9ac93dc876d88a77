"""The analysis engine: spaCy components that read an article and write its findings on `Doc._`.

Pure: no Flask, Celery or Redis. The doors in are `build_nlp(...)` (once per process) and
`analyse(nlp, articles)` (one batched `nlp.pipe`, plain JSON out). Layout:
- `article`, `extensions`, `findings`, `result`: the Doc's data and the result document;
- `style`: a client's house style, plain data on the Article, parsed once per version;
- `dates`, `gazetteer`, `events`, `text`: shared models (one home each) that checks read;
- `enrich/`: components that fill language, stats, entities, timeline, key phrases, summary;
- `checks/`: one module per finding check, discovered by name.
"""

from analysis.article import Article
from analysis.nlp import analyse, build_nlp

__all__ = ["Article", "analyse", "build_nlp"]
