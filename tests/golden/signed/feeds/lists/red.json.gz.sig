{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "INdM8dlm21IaVXeoARNRJ8ku0sE2fhh8PTx3U9nM+sOWFdasaDWS/MpvNc1oht/5+0gllSDhgadBX8Hgz+tnBg=="}
