{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "8EoA+iS0BEoQfMjWn1q2ykSS3xitZCsGlXtesfhsj7npwcIw6Fp65JnaBDzAVfWS/1yaufUmL/BICBOnisX6Aw=="}
