{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "BCDNIoPZis9gCdnT4usygvAu1lzd7Jo8K/Ry4SaMPCYu6h4u/JaAfzFzFPNo0xqQif1kGDnNzWV7Vkjk02N+Dw=="}
