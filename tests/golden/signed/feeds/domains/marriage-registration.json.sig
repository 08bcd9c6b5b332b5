{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "owywCqdW8/IwpWgaD46GeGLWsXGhwiUEQBVsGRt1oQVIZ2ammvCAcRjCtllt1O/7MBp/42cj7FQyykU5nHD7Bg=="}
