"""`assay verify` on share 3 of 3 of the bundled function problems (see function_set_verify)."""

from function_set_verify import env, verify_test

__all__ = ["env"]  # the module-scoped judge environment this module's tests use

test_verify_passes_on_function_problem = verify_test(2)
