# --- Assay's Python driver (the protocol: docs/function-problems.md). SPEC is set above. ---
import collections
import json as _json
import math as _math
import os as _os
import sys as _sys
import threading as _threading
import traceback as _traceback

MAX_NODES = 10**6
USER_FILE = "solution.py"


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


class _Fault(Exception):
    def __init__(self, kind, msg):
        super().__init__(msg)
        self.kind = kind
        self.msg = msg


def _parse_type(text):
    text = text.strip()
    if text.endswith("[]"):
        return ("seq", _parse_type(text[:-2]))
    if text.startswith("list<") and text.endswith(">"):
        return ("seq", _parse_type(text[5:-1]))
    return (text,)


def _decode(t, v):
    kind = t[0]
    if kind == "seq":
        return [_decode(t[1], item) for item in v]
    if kind == "double":
        return float(v)
    if kind == "ListNode":
        head = None
        for value in reversed(v):
            head = ListNode(value, head)
        return head
    if kind == "TreeNode":
        return _tree(v)
    return v


def _tree(values):
    if not values:
        return None
    root = TreeNode(values[0])
    queue = collections.deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


_RANGES = {"integer": (-(2**31), 2**31 - 1), "long": (-(2**63), 2**63 - 1)}


def _encode(t, v):
    kind = t[0]
    if kind == "seq":
        if not isinstance(v, (list, tuple)):
            raise _Fault("type", "returned %s where a list was declared" % type(v).__name__)
        return [_encode(t[1], item) for item in v]
    if kind in _RANGES:
        if isinstance(v, bool) or not isinstance(v, int):
            raise _Fault("type", "returned %s where %s was declared" % (type(v).__name__, kind))
        low, high = _RANGES[kind]
        if not low <= v <= high:
            raise _Fault("type", "%d does not fit in %s" % (v, kind))
        return int(v)
    if kind == "double":
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise _Fault("type", "returned %s where double was declared" % type(v).__name__)
        if not _math.isfinite(v):
            raise _Fault("type", "returned %r, which is not a finite double" % v)
        return float(v)
    if kind == "boolean":
        if not isinstance(v, bool):
            raise _Fault("type", "returned %s where boolean was declared" % type(v).__name__)
        return v
    if kind == "character":
        if not isinstance(v, str) or len(v) != 1:
            raise _Fault("type", "returned %r where one character was declared" % (v,))
        return v
    if kind == "string":
        if not isinstance(v, str):
            raise _Fault("type", "returned %s where string was declared" % type(v).__name__)
        return v
    if kind == "void":
        return None
    if kind == "ListNode":
        return _list_values(v)
    if kind == "TreeNode":
        return _tree_values(v)
    raise _Fault("type", "unknown type " + kind)


def _list_values(head):
    out, seen = [], set()
    while head is not None:
        if not isinstance(head, ListNode):
            raise _Fault("type", "returned %s where ListNode was declared" % type(head).__name__)
        if id(head) in seen:
            raise _Fault("cycle", "the returned ListNode has a cycle")
        if len(out) >= MAX_NODES:
            raise _Fault("size", "the returned ListNode has over %d nodes" % MAX_NODES)
        seen.add(id(head))
        out.append(_encode(("integer",), head.val))
        head = head.next
    return out


def _tree_values(root):
    out, seen = [], set()
    queue = collections.deque([root] if root is not None else [])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        if not isinstance(node, TreeNode):
            raise _Fault("type", "returned %s where TreeNode was declared" % type(node).__name__)
        if id(node) in seen:
            raise _Fault("cycle", "the returned TreeNode is not a tree (a node is reached twice)")
        if len(seen) >= MAX_NODES:
            raise _Fault("size", "the returned TreeNode has over %d nodes" % MAX_NODES)
        seen.add(id(node))
        out.append(_encode(("integer",), node.val))
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


_dumps = _json.dumps
_write = _os.write


_fstat = _os.fstat


_EXPORTED = []
_CHANNEL = [3]  # the records' fd


def _export_mode():
    """Outside Assay (an exported package on another judge) there is no result channel: the
    records go to the real stdout, which the package's output validator reads, and the user's
    prints to stderr. (Assay names the channel's fd; an fd 3 found open elsewhere is not it.)"""
    if _os.environ.get("ASSAY_RESULT_FD") != "3":
        _sys.stdout.flush()
        _CHANNEL[0] = _os.dup(1)  # a fresh fd: whatever holds fd 3 there is not ours
        _os.dup2(2, 1)
        _EXPORTED.append(True)


def _record(obj):
    _sys.stdout.flush()
    _sys.stderr.flush()
    try:
        obj["o"] = _fstat(1).st_size
    except OSError:
        pass
    data = (_dumps(obj, separators=(",", ":")) + "\n").encode()
    while data:
        data = data[_write(_CHANNEL[0], data):]
    if _EXPORTED and "e" in obj:  # another judge sees the run-time error by the exit code
        _sys.stderr.write(obj["e"].get("type", "") + ": " + obj["e"].get("msg", "") + "\n")
        _sys.stderr.flush()
        _os._exit(1)


def _frames(error):
    frames = _traceback.extract_tb(error.__traceback__)
    return [[USER_FILE, f.lineno, f.name] for f in frames if f.filename == USER_FILE]


def _error(error, call=None):
    if isinstance(error, _Fault):
        body = {"kind": error.kind, "type": "", "msg": error.msg, "at": []}
    else:
        body = {
            "kind": "exception",
            "type": type(error).__name__,
            "msg": str(error)[:2000],
            "at": _frames(error),
        }
    record = {"e": body}
    if call is not None:
        record["call"] = call
    return record


def _namespace():
    namespace = {"__name__": "solution", "ListNode": ListNode, "TreeNode": TreeNode}
    # What LeetCode's Python environment has imported before the user's code runs.
    exec(
        "from typing import *\nimport collections, heapq, bisect, math, itertools, functools,"
        " string, re, random, operator\nfrom collections import *\nfrom heapq import *\n"
        "from bisect import *\nfrom functools import *\nfrom itertools import *\n"
        "from math import *\n",
        namespace,
    )
    return namespace


def _user_path():
    """solution.py beside the driver; exported, the one other .py file if it is named otherwise
    (other judges keep the name the contestant submitted)."""
    here = _os.path.dirname(_os.path.abspath(__file__))
    path = _os.path.join(here, USER_FILE)
    if _EXPORTED and not _os.path.exists(path):
        driver = _os.path.basename(__file__)
        others = sorted(n for n in _os.listdir(here) if n.endswith(".py") and n != driver)
        if len(others) == 1:
            path = _os.path.join(here, others[0])
    return path


def _load_user_code():
    path = _user_path()
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    namespace = _namespace()
    exec(compile(source, USER_FILE, "exec"), namespace)
    return namespace


def _call_function(namespace, args):
    solution = namespace["Solution"]()
    method = getattr(solution, SPEC["name"])
    decoded = [_decode(_parse_type(p["type"]), a) for p, a in zip(SPEC["params"], args)]
    returned = method(*decoded)
    output = SPEC.get("output_param")
    if output is None:
        return _encode(_parse_type(SPEC["return"]), returned)
    index = [p["name"] for p in SPEC["params"]].index(output)
    param_type = _parse_type(SPEC["params"][index]["type"])
    value = decoded[index]
    if SPEC.get("output_length"):
        if isinstance(returned, bool) or not isinstance(returned, int):
            raise _Fault("type", "returned %s where the length (integer) was declared"
                         % type(returned).__name__)
        if not 0 <= returned <= len(value):
            raise _Fault("size", "returned length %d is outside 0..%d" % (returned, len(value)))
        value = value[:returned]
    return _encode(param_type, value)


def _run_design(namespace, operations, arguments):
    """The results, or raises (_error record fields, call index)."""
    methods = {m["name"]: m for m in SPEC["methods"]}
    cls = namespace[SPEC["name"]]
    results = []
    instance = None
    for call, (operation, args) in enumerate(zip(operations, arguments)):
        try:
            if call == 0:
                params = SPEC["constructor"]
                instance = cls(*[_decode(_parse_type(p["type"]), a) for p, a in zip(params, args)])
                results.append(None)
                continue
            method = methods[operation]
            decoded = [_decode(_parse_type(p["type"]), a) for p, a in zip(method["params"], args)]
            returned = getattr(instance, operation)(*decoded)
            results.append(_encode(_parse_type(method["return"]), returned))
        except Exception as error:
            raise _DesignError(error, call) from None
    return results


class _DesignError(Exception):
    def __init__(self, error, call):
        super().__init__(str(error))
        self.error = error
        self.call = call


def _tests(data):
    lines = data.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    per_test = 2 if SPEC["kind"] == "design" else len(SPEC["params"])
    if per_test == 0:
        return [[] for _ in lines]
    return [
        [_json.loads(line) for line in lines[i : i + per_test]]
        for i in range(0, len(lines), per_test)
    ]


def _main():
    _export_mode()
    tests = _tests(_sys.stdin.buffer.read())
    null = _os.open("/dev/null", _os.O_RDONLY)
    _os.dup2(null, 0)
    namespace = _load_user_code()
    for index, args in enumerate(tests):
        try:
            if SPEC["kind"] == "design":
                value = _run_design(namespace, args[0], args[1])
            else:
                value = _call_function(namespace, args)
            record = {"t": index, "v": value}
        except _DesignError as failure:
            record = {"t": index, **_error(failure.error, failure.call)}
        except Exception as error:
            record = {"t": index, **_error(error)}
        _record(record)
    _record({"end": len(tests)})


def _entry():
    try:
        _main()
    except SystemExit:
        raise
    except BaseException:
        _traceback.print_exc()
        _sys.stderr.flush()
        _os._exit(1)


if __name__ == "__main__":
    _sys.setrecursionlimit(10**6)
    _threading.stack_size(512 * 1024 * 1024)
    _thread = _threading.Thread(target=_entry)
    _thread.start()
    _thread.join()
