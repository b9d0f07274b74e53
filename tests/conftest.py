import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def httpserver_listen_address():
    return ("127.0.0.1", 0)


def run_checker(*args, cwd=None, stdin=None, timeout=120):
    """Run the real command line in a subprocess, as an editor would."""
    exe = shutil.which("checker", path=str(Path(sys.executable).parent)) or None
    cmd = [exe] if exe else [sys.executable, "-m", "checker"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(cmd + [str(a) for a in args], cwd=cwd or ROOT, input=stdin, capture_output=True,
                          timeout=timeout, env=env)
