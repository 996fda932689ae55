"""PySpark's Python worker daemon, with wirecheck's models loaded before it forks its workers.

Spark starts one daemon per executor (`spark.python.daemon.module`, see batch.SPARK_CONFIG)
and forks a Python worker from it for each task slot; loaded here, the spaCy pipeline and the
one-thread embedder are shared by all of them instead of loaded once per worker.
"""

import gc

from pyspark import daemon

from wirecheck.annotate.nlp import load_nlp
from wirecheck.embed import load_for_workers
from wirecheck.workers import one_thread_each

if __name__ == "__main__":
    load_nlp()
    load_for_workers()
    one_thread_each()  # a worker shares the executor's cores with the others
    gc.freeze()  # collections in the workers would otherwise copy every inherited object
    daemon.manager()
