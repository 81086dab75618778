# A syntax error: PyPy's byte-compiler refuses it.
def main():
    print("never"
