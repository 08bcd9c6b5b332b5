{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "0vqjXLn/uPF6uaPdjdEILacq6WgfoVz2ZzzYR+15UfHpCAQQfp6+1hnbugTUv/di65bDXZjBHZmUARZc7df5Dg=="}
