"""Start-up hook of the mcen-scan runtime egress harness.

Python imports ``sitecustomize`` at start-up from ``sys.path``; the harness puts this folder first on
``PYTHONPATH`` so every Python process of the watched command (and its Python children) runs this
before any of its own code. It installs the audit hook, then hands over to the sitecustomize the
user already had (ours shadows it), so their start-up behaviour is unchanged.
"""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))


def _install():
    # Cache our own bytecode even under PYTHONDONTWRITEBYTECODE: the harness gives every run a private
    # copy of this folder, and compiling the hook again in every Python process would dominate its cost.
    saved, sys.dont_write_bytecode = sys.dont_write_bytecode, False
    try:
        import _mcen_egress
    finally:
        sys.dont_write_bytecode = saved

    _mcen_egress.install()
    # The hook keeps its own references; dropping the module from sys.modules means
    # `import _mcen_egress` in watched code gets a fresh, inert copy instead of the live state.
    del sys.modules["_mcen_egress"]


def _chain():
    """Runs the next ``sitecustomize`` on ``sys.path`` (after ours), as if ours were not there."""
    import importlib.machinery
    import importlib.util

    path = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", path)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["sitecustomize"] = module
    spec.loader.exec_module(module)


_install()
_chain()
