{"keyid": "f025a23a185e1bed54f856501702c07edb1a3a1377b894d92faf1dd5ff8c72a6", "sig": "h/uhmzPVLzT6nl8VzKzwmw3gTTzMpliHFFtF0+k78MFbQQlqjtn5jq/LBikT77MORml98s3SxRyVf/2T58E+Bw=="}
