{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "8ip+jSBecJLt5s7fN/Mb63wBzyDRq0GIG52iOPhriXqFt5K4K00bGmnuGi6NzLkaavwYn0sMKFpcnOJhTnIKCw=="}
