from assay.languages.model import PRECOMPILED_DIR, EntryPoint, Language, Precompiled

# Shared by the compile and the precompiled header: GCC takes the header only when they agree.
FLAGS = ("-O2", "-std=gnu++20", "-static", "-pipe")

LANGUAGE = Language(
    id="cpp",
    name="C++ (g++, C++20)",
    extensions=(".cpp", ".cc", ".cxx", ".c++", ".C"),
    monaco_id="cpp",
    source_name="main.cpp",
    compile_argv=("/usr/bin/g++", *FLAGS, "-o", "main", "{src}"),
    precompiled=Precompiled(
        source_name="precompile.h",
        source_text="#include <bits/stdc++.h>\n",
        build_argv=("/usr/bin/g++", *FLAGS, "-x", "c++-header", "-o", "{out}", "{src}"),
        output="bits/stdc++.h.gch",
        compile_args=(f"-I{PRECOMPILED_DIR}",),
        used_by_sources_naming="bits/stdc++.h",
    ),
    run_argv=("{prog}/main",),
    toolchain=("/usr/bin/g++",),
    entry_point=EntryPoint.BINARY,
    compiles_units_together=True,
    reference_rank=0,
    version_argv=("/usr/bin/g++", "--version"),
    memory_error_markers=(b"std::bad_alloc",),
    selftest_source="""#include <iostream>
#include <string>
int main() { std::string word; if (std::cin >> word) std::cout << word << "\\n"; }
""",
    starter_code="""#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    return 0;
}
""",
    interactive_starter_code="""#include <bits/stdc++.h>
using namespace std;

// Interactive: read a line at a time and flush after every line you write (endl flushes).
string ask(const string& line) {
    cout << line << endl;
    string answer;
    getline(cin, answer);
    return answer;
}

int main() {
    string first;
    getline(cin, first);
    return 0;
}
""",
    aliases=("c++",),
)
