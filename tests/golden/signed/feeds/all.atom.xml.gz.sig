{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "TmaItpThYxNN39ICTZh270kyJH/WdSkjCdLrCaYi8NAQm9qHIdRAl+eV05kOTwIQ3IqbBkRGzhrlycmCaW1rCQ=="}
