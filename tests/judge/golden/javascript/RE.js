// An uncaught exception: node exits with status 1.
throw new Error("golden RE");
