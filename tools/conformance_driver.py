"""Runs one CPython test module with unittest and writes one JSON line per
test outcome to OUTFILE, flushed as it goes, so that a run cut short by a
timeout or a crash still leaves its partial results. Used by
tools/conformance.ts under Taipan and, for the reference counts, under
CPython 3.11:

    python tools/conformance_driver.py test.test_bool OUTFILE

Outcomes: pass, fail, error, skip, xfail (expected failure), xpass
(unexpected success). A module that cannot be loaded shows up as one
"error" for unittest's _FailedTest, and the driver also records it as
{"load_error": ...}. The last line is {"done": true, "ran": N}.

An exception that escapes unittest itself while a test runs (unittest lets
IsolatedAsyncioTestCase's event loop teardown raise out of run(), which would
end the whole run) is caught around that test: the test counts as an error
(unless it already has a failure or error), the traceback goes to stderr, and
the run goes on with the next test.
"""
import json
import sys
import time
import traceback
import unittest

name, outfile = sys.argv[1], sys.argv[2]
out = open(outfile, "w", encoding="utf-8")


def emit(record):
    out.write(json.dumps(record) + "\n")
    out.flush()


# A running test's records, held back until its run() returns (None: no test running).
pending = None


def record(outcome):
    if pending is None:
        emit(outcome)
    else:
        pending.append(outcome)


def describe(err):
    exc_type, exc, _tb = err
    text = "".join(traceback.format_exception_only(exc_type, exc)).strip()
    return text[-300:]


class RecordingResult(unittest.TestResult):
    def startTest(self, test):
        super().startTest(test)
        self._started = time.monotonic()

    def _record(self, test, outcome, detail=None):
        line = {"test": test.id(), "outcome": outcome,
                "seconds": round(time.monotonic() - getattr(self, "_started", time.monotonic()), 3)}
        if detail:
            line["detail"] = detail
        record(line)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record(test, "pass")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, "fail", describe(err))

    def addError(self, test, err):
        super().addError(test, err)
        if test.__class__.__name__ == "_FailedTest":
            emit({"load_error": describe(err)})
        self._record(test, "error", describe(err))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record(test, "skip", str(reason)[:200])

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record(test, "xfail")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, "xpass")

    def addSubTest(self, test, subtest, err):
        # A failing subtest fails its test, as unittest's own runner counts it.
        super().addSubTest(test, subtest, err)
        if err is not None:
            kind = "fail" if issubclass(err[0], test.failureException) else "error"
            self._record(subtest, kind, describe(err))


try:
    suite = unittest.defaultTestLoader.loadTestsFromName(name)
except BaseException as exc:  # the module does not even import
    emit({"load_error": "".join(traceback.format_exception_only(type(exc), exc)).strip()[-300:]})
    emit({"done": True, "ran": 0})
    sys.exit(0)

def guard(test):
    """Make an exception escaping test.run() that test's error, not the run's end."""
    run = test.run

    def guarded(result=None):
        global pending
        pending = []
        try:
            return run(result)
        except Exception as exc:
            traceback.print_exc()
            if not any(line["outcome"] in ("fail", "error") for line in pending):
                pending[:] = [line for line in pending if line["test"] != test.id()]
                pending.append({"test": test.id(), "outcome": "error",
                                "detail": describe((type(exc), exc, exc.__traceback__))})
        finally:
            held, pending = pending, None
            for line in held:
                emit(line)

    test.run = guarded


def guard_all(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            guard_all(test)
        else:
            guard(test)


result = RecordingResult()
guard_all(suite)
suite.run(result)
emit({"done": True, "ran": result.testsRun})
