{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "YfPFqtvaE+taiwplGnut3Unho1TzvkNEPXHXo6MwAozWanozZ8RTmMhZpmUZYxc5eXnKCkrjImJ8umJ9XN3PDA=="}
