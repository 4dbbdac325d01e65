"""Long property runs, not collected by pytest: python tests/fuzz_long_props.py N SEED [test_module ...].

Runs every @given test of tests/ (or of the modules named) with max_examples=N, the given seed and no
example database; tests with fixtures other than tmp_path_factory and nlp are reported as FAIL (TypeError).
"""

import importlib.util
import inspect
import pathlib
import sys
import tempfile
import time
import traceback

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from hypothesis import seed as hseed  # noqa: E402

N = int(sys.argv[1])
SEED = int(sys.argv[2])
only = sys.argv[3:]
results = []
for path in sorted(HERE.glob("test_*.py")):
    if only and path.stem not in only:
        continue
    src = path.read_text()
    if "@given" not in src:
        continue
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for name, fn in list(vars(mod).items()):
        if not name.startswith("test_") or not hasattr(fn, "hypothesis"):
            continue
        params = [p for p in inspect.signature(fn).parameters]
        kwargs = {}
        if "tmp_path_factory" in params:

            class F:
                def mktemp(self, n):
                    return pathlib.Path(tempfile.mkdtemp(prefix=n))

            kwargs["tmp_path_factory"] = F()
        if "nlp" in params:
            from derek.ner import model as _m

            load = _m.load
            kwargs["nlp"] = load()
        old = fn._hypothesis_internal_use_settings
        fn._hypothesis_internal_use_settings = settings(
            old,
            max_examples=N,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.generate, Phase.target, Phase.shrink],
        )
        fn = hseed(SEED)(fn)
        t = time.time()
        try:
            fn(**kwargs)
            status = "ok"
        except Exception:
            status = "FAIL"
            traceback.print_exc()
        print(f"{status} {path.stem}::{name} {time.time() - t:.1f}s", flush=True)
