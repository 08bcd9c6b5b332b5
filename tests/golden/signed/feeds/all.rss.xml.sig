{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "XMKglWStt6p0zg00LwfWSAjccvGZjkhHht+1kKKw0l4NZf6+NSRJpiZBJZE4763GpwE9JwevJtjyo49seJdJCg=="}
