{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "TQ0E5uI1iuGkL7tM+/0PfOa+pgndV77U+GgKQu2iPd9LMAZ71qN5QmaN+EmCttpVio/XgUkkCl0eW9S4iaLYAA=="}
