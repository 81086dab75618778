"""Java: `__Driver__.java` is the call glue generated for the signature; the loop, the JSON reader
and writer and the node codecs are hand-written (`runtime/java/`). The user's code is its own file,
`Solution.java` (or named after its public class), with the implicit imports prepended on line 1
without a newline, so compiler messages and stack traces keep the user's line numbers."""

from __future__ import annotations

from assay.harness.model import DriverBuild, runtime_file
from assay.languages.entries.java import LANGUAGE
from assay.problems.function_spec import FunctionSpec, Kind, Method, Param, SpecKind, TypeRef

DRIVER_CLASS = "__Driver__"
DRIVER_FILE = f"{DRIVER_CLASS}.java"
SOLUTION_CLASS = "Solution"
IMPLICIT_IMPORTS = "import java.util.*; import java.util.function.*; import java.util.stream.*; "
RUNTIME_FILES = ("AssayRunner.java", "AssayJson.java")
# A node type's files are added only when the signature uses it: a user may declare a class of
# that name in any other problem (an LRU cache's own ListNode).
NODE_FILES = {
    Kind.LIST_NODE: ("ListNode.java", "AssayLists.java", "lists"),
    Kind.TREE_NODE: ("TreeNode.java", "AssayTrees.java", "trees"),
}
RUNTIME_CLASSES = frozenset({DRIVER_CLASS, "AssayRunner", "AssayJson", "AssayLists", "AssayTrees"})
RESERVED_CLASSES = RUNTIME_CLASSES | {"ListNode", "TreeNode"}
# Final in java.lang.Object: a user's class cannot declare them.
FINAL_OBJECT_METHODS = frozenset({"getClass", "notify", "notifyAll", "wait"})

_PRIMITIVES = {
    Kind.INTEGER: ("int", "Integer"),
    Kind.LONG: ("long", "Long"),
    Kind.DOUBLE: ("double", "Double"),
    Kind.BOOLEAN: ("boolean", "Boolean"),
    Kind.CHARACTER: ("char", "Character"),
}
_OTHER_LEAVES = {
    Kind.STRING: "String",
    Kind.VOID: "void",
    Kind.LIST_NODE: "ListNode",
    Kind.TREE_NODE: "TreeNode",
}
_ZERO = {
    Kind.INTEGER: "0",
    Kind.LONG: "0",
    Kind.DOUBLE: "0.0",
    Kind.BOOLEAN: "false",
    Kind.CHARACTER: "'\\0'",
    Kind.STRING: '""',
    Kind.LIST_NODE: "null",
    Kind.TREE_NODE: "null",
}

LIST_NODE_COMMENT = """/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
"""
TREE_NODE_COMMENT = """/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */
"""


# --- Java types ---------------------------------------------------------------------------------


def java_type(type_ref: TypeRef) -> str:
    """`int[]`, `List<Integer>`, `List<int[]>`, `List<List<String>>`."""
    if type_ref.kind is Kind.ARRAY:
        assert type_ref.element is not None
        return java_type(type_ref.element) + "[]"
    if type_ref.kind is Kind.LIST:
        assert type_ref.element is not None
        return f"List<{boxed_type(type_ref.element)}>"
    if type_ref.kind in _PRIMITIVES:
        return _PRIMITIVES[type_ref.kind][0]
    return _OTHER_LEAVES[type_ref.kind]


def boxed_type(type_ref: TypeRef) -> str:
    if type_ref.kind in _PRIMITIVES:
        return _PRIMITIVES[type_ref.kind][1]
    return java_type(type_ref)


def _erased(type_ref: TypeRef) -> str:
    """The element type of an array creation: type arguments are not allowed there."""
    return "List" if type_ref.kind is Kind.LIST else java_type(type_ref)


def zero_value(type_ref: TypeRef) -> str:
    """What a starter returns so that it compiles: `0`, `new int[0][]`, `new ArrayList<>()`."""
    if type_ref.kind is Kind.LIST:
        return "new ArrayList<>()"
    if type_ref.kind is Kind.ARRAY:
        levels, base = 0, type_ref
        while base.element is not None and base.kind is Kind.ARRAY:
            levels, base = levels + 1, base.element
        return f"new {_erased(base)}[0]" + "[]" * (levels - 1)
    return _ZERO[type_ref.kind]


def _cast(type_ref: TypeRef, expression: str) -> str:
    return f"({boxed_type(type_ref)}) {expression}"


def _uses(spec: FunctionSpec, kind: Kind) -> bool:
    return any(t.contains(kind) for t in spec.all_types())


# --- the user's file ----------------------------------------------------------------------------


def user_file_name(spec: FunctionSpec, user_source: str) -> str:
    """`Solution.java`, the design class's name, or the user's public class's name."""
    default = SOLUTION_CLASS if spec.kind is SpecKind.FUNCTION else spec.name
    name = LANGUAGE.file_name_for(user_source, f"{default}.java")
    if name.removesuffix(".java") in RESERVED_CLASSES:
        # Never let the user's file replace a runtime file; javac then reports the public class.
        return f"{default}.java"
    return name


# --- __Driver__.java ----------------------------------------------------------------------------


class _Glue:
    """Collects the type constants of the generated driver, one per distinct type text."""

    def __init__(self) -> None:
        self.constants: dict[str, str] = {}

    def type_constant(self, type_ref: TypeRef) -> str:
        text = str(type_ref)
        if text not in self.constants:
            self.constants[text] = f"T{len(self.constants)}"
        return self.constants[text]

    def type_array(self, params: tuple[Param, ...]) -> str:
        return "{" + ", ".join(self.type_constant(p.type) for p in params) + "}"

    def declarations(self) -> str:
        return "".join(
            f'    private static final AssayJson.Type {name} = AssayJson.Type.parse("{text}");\n'
            for text, name in self.constants.items()
        )


def _arguments(params: tuple[Param, ...]) -> str:
    """The casts from the decoded `Object[] a` to the declared parameter types."""
    return ", ".join(_cast(p.type, f"a[{i}]") for i, p in enumerate(params))


def _function_glue(spec: FunctionSpec, glue: _Glue) -> str:
    call = f"solution.{spec.name}({_arguments(spec.params)})"
    body = f"        {SOLUTION_CLASS} solution = new {SOLUTION_CLASS}();\n"
    if spec.output_param is None:
        body += f"        {java_type(spec.returns)} returned = {call};\n"
        body += f"        return AssayJson.write({glue.type_constant(spec.returns)}, returned);\n"
    else:
        index = [p.name for p in spec.params].index(spec.output_param)
        output = glue.type_constant(spec.params[index].type)
        if spec.output_length_from_return:
            body += f"        int length = {call};\n"
            body += f"        return AssayJson.writePrefix({output}, a[{index}], length);\n"
        else:
            body += f"        {call};\n"
            body += f"        return AssayJson.write({output}, a[{index}]);\n"
    params = glue.type_array(spec.params)
    return (
        f"    public int linesPerTest() {{\n        return {len(spec.params)};\n    }}\n\n"
        "    public Object[] decode(String[] lines) {\n"
        f"        return AssayJson.readAll(lines, new AssayJson.Type[] {params});\n    }}\n\n"
        "    public String run(Object[] a) throws Throwable {\n" + body + "    }\n"
    )


def _method_case(method: Method, glue: _Glue) -> str:
    call = f"object.{method.name}({_arguments(method.params)})"
    if method.returns.kind is Kind.VOID:
        return f'            case "{method.name}":\n{" " * 16}{call};\n{" " * 16}return "null";\n'
    result = glue.type_constant(method.returns)
    return (
        f'            case "{method.name}": {{\n'
        f"                {java_type(method.returns)} returned = {call};\n"
        f"                return AssayJson.write({result}, returned);\n            }}\n"
    )


def _design_glue(spec: FunctionSpec, glue: _Glue) -> str:
    type_cases = "".join(
        f'            case "{m.name}": return new AssayJson.Type[] {glue.type_array(m.params)};\n'
        for m in spec.methods
    )
    call_cases = "".join(_method_case(m, glue) for m in spec.methods)
    operations = glue.type_constant(TypeRef(Kind.ARRAY, TypeRef(Kind.STRING)))
    constructor = glue.type_array(spec.constructor)
    return f"""    public int linesPerTest() {{
        return 2;
    }}

    public Object[] decode(String[] lines) {{
        String[] operations = (String[]) AssayJson.read(lines[0], {operations});
        Object[][] calls = AssayJson.readCalls(lines[1], operations, {DRIVER_CLASS}::types);
        return new Object[] {{operations, calls}};
    }}

    private static AssayJson.Type[] types(int call, String operation) {{
        if (call == 0) {{
            return new AssayJson.Type[] {constructor};
        }}
        switch (operation) {{
{type_cases}            default: return null;
        }}
    }}

    public String run(Object[] test) throws Throwable {{
        String[] operations = (String[]) test[0];
        Object[][] calls = (Object[][]) test[1];
        List<String> results = new ArrayList<>();
        {spec.name} object = null;
        for (int call = 0; call < operations.length; call++) {{
            Object[] a = calls[call];
            try {{
                if (call == 0) {{
                    object = new {spec.name}({_arguments(spec.constructor)});
                    results.add("null");
                }} else {{
                    results.add(invoke(object, operations[call], a));
                }}
            }} catch (Throwable error) {{
                throw AssayRunner.failure(error, call);
            }}
        }}
        return AssayJson.joinList(results);
    }}

    private static String invoke({spec.name} object, String operation, Object[] a)
            throws Throwable {{
        switch (operation) {{
{call_cases}            default: throw new IllegalStateException("unknown operation " + operation);
        }}
    }}
"""


def driver_source(spec: FunctionSpec, user_file: str) -> str:
    glue = _Glue()
    if spec.kind is SpecKind.DESIGN:
        members = _design_glue(spec, glue)
    else:
        members = _function_glue(spec, glue)
    registrations = "".join(
        f"        AssayJson.{field} = new {codec.removesuffix('.java')}();\n"
        for kind, (_, codec, field) in NODE_FILES.items()
        if _uses(spec, kind)
    )
    static_block = f"    static {{\n{registrations}    }}\n\n" if registrations else ""
    return f"""// Generated by Assay: the call glue for this signature. The loop is AssayRunner's.
import java.util.ArrayList;
import java.util.List;

@SuppressWarnings({{"unchecked", "rawtypes"}})
public final class {DRIVER_CLASS} implements AssayRunner.Program {{
{static_block}    private static final String USER_FILE = "{user_file}";
{glue.declarations()}
    public static void main(String[] args) throws InterruptedException {{
        AssayRunner.main(new {DRIVER_CLASS}(), USER_FILE);
    }}

{members}}}
"""


# --- the harness --------------------------------------------------------------------------------


class JavaHarness:
    language_ids: tuple[str, ...] = (LANGUAGE.id,)

    def unsupported(self, spec: FunctionSpec) -> str | None:
        names = [spec.name] + [m.name for m in spec.methods]
        params = [*spec.params, *spec.constructor, *(p for m in spec.methods for p in m.params)]
        if "_" in names + [p.name for p in params]:
            return "_ is a keyword in Java"
        if spec.kind is SpecKind.DESIGN and spec.name in RESERVED_CLASSES:
            return f"the class name {spec.name} is taken by the Java driver"
        clash = next((n for n in names if n in FINAL_OBJECT_METHODS), None)
        if clash is not None:
            return f"{clash} is a final method of java.lang.Object"
        return None

    def build(self, spec: FunctionSpec, user_source: str) -> DriverBuild:
        user_file = user_file_name(spec, user_source)
        files = {
            DRIVER_FILE: driver_source(spec, user_file).encode(),
            user_file: (IMPLICIT_IMPORTS + user_source).encode(),
        }
        runtime = list(RUNTIME_FILES)
        for kind, (node_file, codec_file, _) in NODE_FILES.items():
            if _uses(spec, kind):
                runtime += [node_file, codec_file]
        files.update({name: runtime_file(LANGUAGE.id, name) for name in runtime})
        return DriverBuild(
            files=files,
            main_file=DRIVER_FILE,
            user_file=user_file,
            units=tuple(name for name in files if name != DRIVER_FILE),
            entry_class=DRIVER_CLASS,
        )

    def starter(self, spec: FunctionSpec) -> str:
        comments = [
            comment
            for kind, comment in (
                (Kind.LIST_NODE, LIST_NODE_COMMENT),
                (Kind.TREE_NODE, TREE_NODE_COMMENT),
            )
            if _uses(spec, kind)
        ]
        text = "".join(comment for comment in comments)
        if spec.kind is SpecKind.DESIGN:
            return text + _design_starter(spec)
        return (
            text + "class Solution {\n" + _method_stub(spec.name, spec.params, spec.returns) + "}\n"
        )


def _parameters(params: tuple[Param, ...]) -> str:
    return ", ".join(f"{java_type(p.type)} {p.name}" for p in params)


def _method_stub(name: str, params: tuple[Param, ...], returns: TypeRef | None) -> str:
    """`public int get(int key) {...}`; a constructor when `returns` is None."""
    head = name if returns is None else f"{java_type(returns)} {name}"
    body = "        \n"
    if returns is not None and returns.kind is not Kind.VOID:
        body = f"        return {zero_value(returns)};\n"
    return f"    public {head}({_parameters(params)}) {{\n{body}    }}\n"


def _design_starter(spec: FunctionSpec) -> str:
    stubs = [_method_stub(spec.name, spec.constructor, None)]
    stubs += [_method_stub(m.name, m.params, m.returns) for m in spec.methods]
    text = f"class {spec.name} {{\n\n" + "    \n".join(stubs) + "}\n"
    args = ", ".join(p.name for p in spec.constructor)
    text += f"\n/**\n * Your {spec.name} object will be instantiated and called as such:\n"
    text += f" * {spec.name} obj = new {spec.name}({args});\n"
    for index, method in enumerate(spec.methods, start=1):
        call = f"obj.{method.name}({','.join(p.name for p in method.params)});"
        if method.returns.kind is Kind.VOID:
            text += f" * {call}\n"
        else:
            text += f" * {java_type(method.returns)} param_{index} = {call}\n"
    return text + " */\n"
