"""spaCy's matrix products on numpy's BLAS instead of the BLIS build that thinc ships.

thinc multiplies with its bundled BLIS, which falls back to its generic AVX2 kernels on
processors it cannot size up ("Number of FMA units unknown; using 'haswell'" on this machine's
AVX-512 Xeon); numpy's OpenBLAS picks the processor's own. spaCy's pipeline then runs about a
quarter faster with the same output (every tag, dependency and entity of 300 articles
identical). The parser's and recogniser's step-by-step products run inside spaCy's compiled
code and keep using BLIS.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


class NumpyBlasOps(NumpyOps):
    name = "numpy_blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        return numpy.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)


def multiply_with_numpy(nlp: Language) -> None:
    """Make every layer of `nlp`'s models multiply through numpy."""
    ops = NumpyBlasOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
