# A syntax error: byte-compiling fails.
def main(:
    print("never")
