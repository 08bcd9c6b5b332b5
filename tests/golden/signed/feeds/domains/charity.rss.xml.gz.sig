{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "j4v35gSvap7GnZl6pjupbR7ul6JHb3XC6eHgcKQMhYS4XlL6oEK+CslEeCvwqvn1AqIWxMwDVuJLyfgLvVZDAg=="}
