{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "mnWydnmRJfMM31bUhdoka5VbAFGUI/bBoHb+G7wCFSvjGitqfmjB59SDZSCB5aEPX8iENKlPjNa6CmeCy7ilBQ=="}
