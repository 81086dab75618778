"""The API's use cases: accounts, judging (submit, run, rejudge), catalogue import, live results."""
