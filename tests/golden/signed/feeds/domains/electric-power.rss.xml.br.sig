{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "5hCddMcUiKlsny2TMzBlBAZ5nzZqvdh5I98zqt9CYjRgI4UrncGdr+HRGGZRDBjBJts4pAA/7BPV5ukCb7sbBQ=="}
