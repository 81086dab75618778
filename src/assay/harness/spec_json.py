"""The signature as plain JSON data, for drivers that read it at run time (Python, JavaScript)."""

from __future__ import annotations

from typing import Any

from assay.problems.function_spec import FunctionSpec, Param


def _params(params: tuple[Param, ...]) -> list[dict[str, str]]:
    return [{"name": p.name, "type": str(p.type)} for p in params]


def spec_data(spec: FunctionSpec) -> dict[str, Any]:
    return {
        "kind": spec.kind.value,
        "name": spec.name,
        "params": _params(spec.params),
        "return": str(spec.returns),
        "output_param": spec.output_param,
        "output_length": spec.output_length_from_return,
        "constructor": _params(spec.constructor),
        "methods": [
            {"name": m.name, "params": _params(m.params), "return": str(m.returns)}
            for m in spec.methods
        ],
    }
